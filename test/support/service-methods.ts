import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** One public method of a service class, as written in its source. */
export interface ServiceMethod {
  className: string;
  method: string;
  /** Whether its first parameter is the acting principal (typed `Principal`). */
  takesActor: boolean;
}

/**
 * Every public method of every exported class in `server/services/*.service.ts`, read from the source with
 * the TypeScript parser (at run time, `private` methods are on the prototype like the others).
 */
export function serviceMethods(dir = join(import.meta.dirname, '../../server/services')): ServiceMethod[] {
  const out: ServiceMethod[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.service.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), ts.ScriptTarget.Latest);
    for (const node of source.statements) {
      if (!ts.isClassDeclaration(node) || !node.name) continue;
      const exported = node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (!exported) continue;
      for (const member of node.members) {
        if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name)) continue;
        const hidden = member.modifiers?.some(
          (m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword,
        );
        if (hidden) continue;
        const first = member.parameters[0]?.type?.getText(source) ?? '';
        out.push({ className: node.name.text, method: member.name.text, takesActor: first === 'Principal' });
      }
    }
  }
  return out;
}
