import { z } from 'zod';

/** Where an article came from: a file, its line or record, for error records and provenance. */
export const SourceRefSchema = z.object({
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
  record: z.string().optional(),
  offset: z.number().int().nonnegative().optional(),
  /**
   * The publishing outlet, a short name ("detik", "kompas", "cnn-indonesia"): given with the input
   * (the page's og:site_name), else taken from the URL's domain.
   */
  outlet: z.string().optional(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** One article as given to warta: a `body` (or `text`), optionally a title and metadata. */
export const ArticleInputSchema = z
  .object({
    id: z.union([z.string(), z.number()]).transform(String).optional(),
    title: z.string().nullable().optional(),
    body: z.string().optional(),
    text: z.string().optional(),
    url: z.string().nullable().optional(),
    /**
     * When the article was published, as the source writes it: ISO 8601, RFC 2822 ("Tue, 21 Oct 2025
     * 13:43:00 GMT"), Indonesian or Malay ("Selasa, 21 Okt 2025 20:43 WIB", "21/10/2025"), or a Unix
     * timestamp in seconds or milliseconds (a number or a string).
     */
    publishedAt: z.union([z.string(), z.number().transform(String)]).nullable().optional(),
    /** The author when the source names one (an HTML meta tag, a CSV column). */
    author: z.string().nullable().optional(),
    /** Force the language instead of detecting it (BCP-47: "id", "ms", "en"). */
    language: z.string().optional(),
    source: SourceRefSchema.optional(),
  })
  .refine((a) => typeof a.body === 'string' || typeof a.text === 'string', {
    message: 'an article needs a "body" (or "text") string',
    path: ['body'],
  });
export type ArticleInput = z.input<typeof ArticleInputSchema>;
export type ParsedArticleInput = z.output<typeof ArticleInputSchema>;
