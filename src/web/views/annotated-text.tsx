import type { ComponentChild } from 'preact';
import type { Entity, Role } from '../../schema/entity.js';
import type { Message } from '../../schema/message.js';
import type { Quote } from '../../schema/quote.js';
import type { Summary } from '../../schema/summary.js';
import { amountText, formatNumber } from '../lib/format.js';
import { segment, type Annotation, type Segment } from '../lib/spans.js';

/** What a span of the text is. */
type Mark =
  | { kind: 'quote'; quote: Quote }
  | { kind: 'entity'; entity: Entity }
  | { kind: 'role'; role: Role; person: Entity }
  | { kind: 'message'; message: Message };

/**
 * The annotations of a summary: quotes outermost, then entity mentions and role titles, then the
 * messages that point at a span (a `title-number-mismatch` on the title's number) innermost.
 */
function annotations(summary: Summary): Annotation<Mark>[] {
  const out: Annotation<Mark>[] = [];
  for (const quote of summary.quotes) out.push({ start: quote.start, end: quote.end, rank: 0, data: { kind: 'quote', quote } });
  for (const entity of summary.entities) {
    for (const m of entity.mentions) out.push({ start: m.start, end: m.end, rank: 1, data: { kind: 'entity', entity } });
    for (const role of entity.roles ?? []) out.push({ start: role.start, end: role.end, rank: 1, data: { kind: 'role', role, person: entity } });
  }
  for (const message of summary.messages) {
    if (message.span) out.push({ start: message.span.start, end: message.span.end, rank: 2, data: { kind: 'message', message } });
  }
  return out;
}

let tipIds = 0;

/** A tooltip shown on hover and keyboard focus of its parent, which it describes to screen readers. */
function Tip({ id, children }: { id: string; children: ComponentChild }) {
  return (
    <span class="tip" role="tooltip" id={id}>
      {children}
    </span>
  );
}

function entityTip(e: Entity): string {
  const amount = amountText(e);
  const roles = (e.roles ?? []).map((r) => `${r.title}${r.org ? ` ${r.org}` : ''}`);
  return [`${e.type} ${e.text}`, amount, roles.length > 0 ? `roles: ${roles.join('; ')}` : null, `${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`]
    .filter((p) => p !== null)
    .join(' · ');
}

function render(text: string, segments: Segment<Mark>[], prefix: string): ComponentChild[] {
  return segments.map((s, i) => {
    if (s.kind === 'text') return text.slice(s.start, s.end);
    const key = `${prefix}${i}`;
    const children = render(text, s.children, `${key}.`);
    const mark = s.ann.data;
    const tipId = `tip-${++tipIds}`;
    switch (mark.kind) {
      case 'quote':
        return (
          <span class="quote" key={key} data-speaker={mark.quote.speaker?.name ?? ''}>
            {children}
            {s.last && <span class="speaker">— {mark.quote.speaker?.name ?? 'speaker unknown'}</span>}
          </span>
        );
      case 'entity': {
        const e = mark.entity;
        const amount = amountText(e);
        return (
          <mark
            class={`ent ent-${e.type}`}
            key={key}
            tabIndex={s.last ? 0 : -1}
            data-entity={e.id}
            data-type={e.type}
            data-value={typeof e.value === 'number' ? String(e.value) : undefined}
            aria-describedby={s.last ? tipId : undefined}
          >
            {children}
            {s.last && <span class="ent-label">{e.type}</span>}
            {s.last && <Tip id={tipId}>{amount ? `${e.text} ${amount}` : entityTip(e)}</Tip>}
          </mark>
        );
      }
      case 'role':
        return (
          <span class="role" key={key} tabIndex={s.last ? 0 : -1} aria-describedby={s.last ? tipId : undefined}>
            {children}
            {s.last && (
              <Tip id={tipId}>
                role of {mark.person.text}: {mark.role.title}
                {mark.role.org ? `, ${mark.role.org}` : ''}
              </Tip>
            )}
          </span>
        );
      case 'message': {
        const m = mark.message;
        return (
          <span class={`msg msg-${m.severity}`} key={key} data-code={m.code} tabIndex={s.last ? 0 : -1} aria-describedby={s.last ? tipId : undefined}>
            {children}
            {s.last && (
              <span class="msg-icon" aria-hidden="true">
                {m.severity === 'info' ? 'i' : '!'}
              </span>
            )}
            {s.last && (
              <Tip id={tipId}>
                {m.severity} {m.code}: {m.message}
              </Tip>
            )}
          </span>
        );
      }
    }
  });
}

/**
 * The cleaned text paragraph by paragraph, in the spirit of displaCy: entity mentions highlighted
 * by type with their label (amounts with their exact value in a tooltip), quotes underlined with
 * their speaker, role titles, the messages in place, and each paragraph's language.
 */
export function AnnotatedText({ summary }: { summary: Summary }) {
  const all = annotations(summary);
  const title = summary.sections.find((s) => s.name === 'title');
  const paragraphs = summary.paragraphs.length > 0 ? summary.paragraphs : [{ start: 0, end: summary.text.length }];
  return (
    <div class="doc" lang={summary.language.code === 'und' ? undefined : summary.language.code}>
      {paragraphs.map((p, i) => {
        const body = render(summary.text, segment(p.start, p.end, all), `${i}.`);
        const language = p.language && (
          <span class={`lang${p.language.code !== summary.language.code ? ' lang-other' : ''}`} title="language of this paragraph">
            <span class="sr-only">paragraph language: </span>
            {p.language.code} {formatNumber(Math.round(p.language.confidence * 100))}%
          </span>
        );
        const isTitle = title !== undefined && p.start >= title.start && p.end <= title.end;
        return isTitle ? (
          <h2 class="doc-title" key={i} data-paragraph={i}>
            {body} {language}
          </h2>
        ) : (
          <p key={i} data-paragraph={i} lang={p.language && p.language.code !== 'und' ? p.language.code : undefined}>
            {body} {language}
          </p>
        );
      })}
    </div>
  );
}

/** The colours' legend: one chip per entity type present. */
export function Legend({ summary }: { summary: Summary }) {
  const counts = new Map<string, number>();
  for (const e of summary.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return (
    <ul class="legend" aria-label="Entity types in this article">
      {[...counts].map(([type, n]) => (
        <li key={type}>
          <span class={`ent ent-${type}`}>{type}</span> {n}
        </li>
      ))}
      {summary.quotes.length > 0 && (
        <li>
          <span class="quote">quote</span> {summary.quotes.length}
        </li>
      )}
      {summary.messages.some((m) => m.span) && (
        <li>
          <span class="msg msg-warning">message</span> {summary.messages.filter((m) => m.span).length}
        </li>
      )}
    </ul>
  );
}
