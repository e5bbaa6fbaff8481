import type { Doc, Layer } from '../doc/doc.js';
import { defaultSeverity, type MessageCode } from '../schema/message.js';
import type { ReportOptions, Stage, StageContext } from '../doc/stage.js';

function contextFor(doc: Doc, stage: string): StageContext {
  return {
    report(code: MessageCode, message: string, options: ReportOptions = {}): void {
      doc.messages.push({
        code,
        severity: options.severity ?? defaultSeverity(code),
        message,
        stage,
        ...(options.span
          ? { span: { start: options.span.start, end: options.span.end, text: doc.text.slice(options.span.start, options.span.end) } }
          : {}),
        ...(options.data ? { data: options.data } : {}),
      });
    },
  };
}

function primaryLanguage(doc: Doc): string {
  return (doc.language?.code ?? 'und').split('-')[0]!.toLowerCase();
}

/**
 * Runs the stages in order on one Doc. A stage that throws is recorded as failed with a
 * `stage-failed` message, and the stages that need its layers are skipped with a `stage-skipped`
 * message: the Doc stays usable. A stage for other languages is skipped, and so is one whose layers
 * only such stages provide; the article is told which in one `stages-skipped` message.
 */
export function runStages(doc: Doc, stages: readonly Stage[], options: { timings?: boolean } = {}): Doc {
  const skippedForLanguage: string[] = [];
  // Layers that a failed stage (or one skipped because of a failure) did not write.
  const lost = new Set<Layer>();
  for (const stage of stages) {
    const ctx = contextFor(doc, stage.name);
    const otherLanguage = stage.languages !== undefined && !stage.languages.includes(primaryLanguage(doc));
    const missing = otherLanguage ? [] : stage.requires.filter((layer) => !doc.layers.includes(layer));
    if (otherLanguage || (missing.length > 0 && !missing.some((layer) => lost.has(layer)))) {
      doc.skipped.push(stage.name);
      if (stage.reportSkip ?? true) skippedForLanguage.push(stage.name);
      continue;
    }
    if (missing.length > 0) {
      doc.skipped.push(stage.name);
      for (const layer of stage.provides) lost.add(layer);
      ctx.report('stage-skipped', `stage "${stage.name}" skipped: missing ${missing.join(', ')}`, {
        data: { missing },
      });
      continue;
    }
    const t0 = options.timings ? performance.now() : 0;
    try {
      stage.run(doc, ctx);
      for (const layer of stage.provides) if (!doc.layers.includes(layer)) doc.layers.push(layer);
    } catch (err) {
      doc.failed.push(stage.name);
      for (const layer of stage.provides) lost.add(layer);
      const reason = err instanceof Error ? err.message : String(err);
      ctx.report('stage-failed', `stage "${stage.name}" failed: ${reason}`, { data: { stage: stage.name } });
    }
    if (options.timings) doc.timings[stage.name] = (doc.timings[stage.name] ?? 0) + performance.now() - t0;
  }
  if (skippedForLanguage.length > 0) {
    contextFor(doc, 'pipeline').report(
      'stages-skipped',
      `language "${doc.language?.code ?? 'und'}": skipped ${skippedForLanguage.join(', ')}`,
      { data: { language: doc.language?.code ?? 'und', stages: skippedForLanguage } },
    );
  }
  return doc;
}
