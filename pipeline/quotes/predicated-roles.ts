// Roles a sentence gives a person as its predicate ("X è stata eletta sindaca", "X sarà proclamato sindaco", "X è stato
// nominato direttore generale", "X è il segretario provinciale"): as much the person's role as one in apposition, so a
// later "ha detto la neosindaca" or "il direttore" goes back to them.
import { ROLE_GROUP } from './lexicon.ts';

/** After a name: the verb of election or appointment, then the role noun, in the same clause. */
const PREDICATED = /^\s+(?:(?:è|e'|sarà|viene|verrà|fu)\s+(?:stat[oa]\s+)?)?(?:(?:ufficialmente|appena|già|oggi|ieri|poi|quindi)\s+)?(?:elett|proclamat|nominat|rielett|riconfermat|confermat|designat)[oa]\s+(?:(?:il|la|nuovo|nuova)\s+|l[’']\s*)*(\p{Ll}+)/u;

/** After a name: the copula and a definite article, the role noun in any case ("X è il Segretario provinciale …"). */
const COPULA = /^\s+(?:è|e'|sarà|era)\s+(?:(?:il|la|lo)\s+|l[’']\s*)(?:(?:nuov[oa]|attuale)\s+)?(\p{L}+)/u;

/** The role word a predicate right after a name (ending at `at`) gives its person, if the lexicon knows it as a role. */
export function predicatedRole(text: string, at: number): string | undefined {
  const after = text.slice(at, at + 120);
  const found = PREDICATED.exec(after);
  if (found && ROLE_GROUP.has(found[1]!)) return found[1];
  const role = COPULA.exec(after)?.[1]!.toLowerCase();
  return role !== undefined && ROLE_GROUP.has(role) ? role : undefined;
}
