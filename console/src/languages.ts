// The console's name for the shared rule: the server refuses a submit by the same one.
export { gatesOfMessage, languagesNeeded, missingLanguages } from '../../shared/message.languages.ts';
