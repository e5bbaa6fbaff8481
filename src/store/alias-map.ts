/**
 * How aliases merge names across articles, as SQL both engines run. An article links an alias to
 * an entity's canonical name ("Joko Widodo (Jokowi)": alias "jokowi" of "joko widodo"). Across the
 * store, an alias is merged into the name most articles link it to, when
 * - one name has more such articles than any other (a tie merges nothing), and
 * - the alias is not mostly a name of its own: it is linked in at least a fifth as many articles as
 *   name it alone as an entity ("Indonesia", linked once to "Desa Indonesia" and named alone in
 *   hundreds of articles, stays Indonesia).
 * One step only: an alias of an alias is not followed.
 */
export const ALIAS_MERGE_RATIO = 5;

/**
 * The alias map `(type, alias_key, name_key)` as a query. `only` restricts the aliases it reads: a
 * condition on the alias column it is given (`(c) => \`${c} = $1\``), so that a lookup reads only
 * what it needs.
 */
export function aliasMapQuery(only: (column: string) => string = () => 'TRUE'): string {
  return `SELECT k.type, k.alias_key, k.name_key FROM (
    SELECT type, alias_key, name_key, n,
      rank() OVER (PARTITION BY type, alias_key ORDER BY n DESC) AS r,
      count(*) OVER (PARTITION BY type, alias_key, n) AS same
    FROM (
      SELECT type, alias_key, name_key, count(DISTINCT article_no) AS n FROM aliases
      WHERE alias_key <> name_key AND alias_key <> '' AND (${only('alias_key')})
      GROUP BY type, alias_key, name_key
    ) AS links
  ) AS k
  LEFT JOIN (
    SELECT type, name_key, count(DISTINCT article_no) AS n FROM entities
    WHERE name_key IN (SELECT a2.alias_key FROM aliases a2 WHERE ${only('a2.alias_key')})
    GROUP BY type, name_key
  ) AS alone ON alone.type = k.type AND alone.name_key = k.alias_key
  WHERE k.r = 1 AND k.same = 1 AND ${ALIAS_MERGE_RATIO} * k.n >= COALESCE(alone.n, 0)`;
}
