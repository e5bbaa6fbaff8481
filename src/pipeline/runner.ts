import type { Doc } from '../doc/doc.js';
import { defaultSeverity, type MessageCode } from '../schema/message.js';
import type { ReportOptions, Stage, StageContext } from './stage.js';

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
 * `stage-failed` message, and the stages that need its layers are skipped: the Doc stays usable.
 */
export function runStages(doc: Doc, stages: readonly Stage[], options: { timings?: boolean } = {}): Doc {
  const skippedForLanguage: string[] = [];
  for (const stage of stages) {
    const ctx = contextFor(doc, stage.name);
    const missing = stage.requires.filter((layer) => !doc.layers.includes(layer));
    if (missing.length > 0) {
      doc.skipped.push(stage.name);
      ctx.report('stage-skipped', `stage "${stage.name}" skipped: missing ${missing.join(', ')}`, {
        data: { missing },
      });
      continue;
    }
    if (stage.languages && !stage.languages.includes(primaryLanguage(doc))) {
      doc.skipped.push(stage.name);
      if (stage.reportSkip ?? true) skippedForLanguage.push(stage.name);
      continue;
    }
    const t0 = options.timings ? performance.now() : 0;
    try {
      stage.run(doc, ctx);
      for (const layer of stage.provides) if (!doc.layers.includes(layer)) doc.layers.push(layer);
    } catch (err) {
      doc.failed.push(stage.name);
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
