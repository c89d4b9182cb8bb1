import { collectionDir } from "../../schemas/collections.ts";
import { glob, type Loader } from "astro/loaders";

/**
 * The explainers collection: one entry per MDX file, like Astro's `glob()`, except that when
 * drafts are left out (production builds) a draft is neither validated nor stored, so its MDX is
 * never compiled either. Only files directly in the folder whose names start with a letter or digit
 * are explainers (the file name is the address; the check reads exactly these); the content check reports any in subfolders or with other extensions. A half-written story, even one that does not parse yet, cannot stop a
 * publish; `npm run check` and `npm run dev` still hold drafts to every rule.
 */
export function explainersLoader(options: { includeDrafts: boolean }): Loader {
  const inner = glob({ pattern: "[a-z0-9]*.mdx", base: `./${collectionDir("explainers")}` });
  if (options.includeDrafts) return inner;
  return {
    name: "explainers",
    load: async (context) => {
      const drafts = new Set<string>();
      const store = new Proxy(context.store, {
        get(target, prop) {
          // glob() stores an entry with `set` (which also queues its MDX module) and reuses a
          // cached one found with `get`; drafts must go through neither.
          if (prop === "set") {
            return (entry: { id: string }) =>
              drafts.has(entry.id) ? false : target.set(entry as never);
          }
          if (prop === "get") {
            return (id: string) => {
              const entry = target.get(id);
              return (entry?.data as { draft?: unknown } | undefined)?.draft === true
                ? undefined
                : entry;
            };
          }
          const value: unknown = Reflect.get(target, prop, target);
          return typeof value === "function" ? (value as () => unknown).bind(target) : value;
        },
      });
      await inner.load({
        ...context,
        store,
        parseData: async (props) => {
          if ((props.data as { draft?: unknown }).draft === true) {
            drafts.add(props.id);
            return props.data;
          }
          return context.parseData(props);
        },
      });
      for (const id of drafts) store.delete(id);
    },
  };
}
