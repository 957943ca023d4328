// The password policy, checked before hashing. Length beats composition rules (NIST SP 800-63B):
// at least 12 characters, not the username, not one of the passwords every attacker tries first.

const common = new Set([
  'password1234',
  '123456789012',
  'qwertyuiop12',
  'matkhau12345',
  'admin1234567',
  'gatecast1234',
  'iloveyou1234',
  'abcdefghijkl',
]);

/** Length as a person counts it: user-perceived characters (a Vietnamese letter with two marks is one). */
export function graphemeLength(text: string): number {
  let n = 0;
  for (const _ of new Intl.Segmenter().segment(text)) n++;
  return n;
}

/** Returns why a password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string, username: string): string | undefined {
  if (graphemeLength(password) < 12) return 'must be at least 12 characters long';
  const lower = password.toLowerCase();
  if (lower.includes(username.toLowerCase())) return 'must not contain the username';
  if (common.has(lower) || /^(.)\1+$/.test(password)) return 'is too easy to guess';
  return undefined;
}
