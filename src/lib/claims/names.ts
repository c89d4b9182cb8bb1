/**
 * How the site names a claimant, in prose, popups, tables, charts and quote credits: one rule,
 * so a spokesperson reads the same everywhere.
 */
import type { Claimant } from "../../schemas/claimant.ts";

/** The claimant someone speaks for, when it is declared (and is not themselves). */
export function spokespersonFor(
  claimant: Pick<Claimant, "id" | "speaksFor">,
  claimants: ReadonlyMap<string, Claimant>,
): Claimant | undefined {
  if (!claimant.speaksFor || claimant.speaksFor === claimant.id) return undefined;
  return claimants.get(claimant.speaksFor);
}

/**
 * A name as running text reads it after "for": a leading "The" is written "the"
 * ("for the Port Vell Housing Coalition"); any other name is kept exactly as declared, since
 * whether a name takes an article ("the Pentagon", "NATO") is the author's to write.
 */
export function nameInText(name: string): string {
  return name.replace(/^The\s/, "the ");
}

/**
 * A claimant's name as the site shows it: the declared name, and for someone who speaks for
 * another claimant, on whose behalf ("Núria Vidal, for the Port Vell Housing Coalition"). An
 * unknown id is shown as it is (the content check has reported it).
 */
export function claimantName(id: string, claimants: ReadonlyMap<string, Claimant>): string {
  const claimant = claimants.get(id);
  if (!claimant) return id;
  const principal = spokespersonFor(claimant, claimants);
  return principal ? `${claimant.name}, for ${nameInText(principal.name)}` : claimant.name;
}

/** Who speaks for a claimant: the claimants whose `speaksFor` names it, by name. */
export function spokespeopleOf(id: string, claimants: ReadonlyMap<string, Claimant>): Claimant[] {
  return [...claimants.values()]
    .filter((c) => c.speaksFor === id && c.id !== id)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
