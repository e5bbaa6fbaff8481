export { detectLanguage } from './detect.js';
export { createLanguageStage, languageStage, LanguageOptionsSchema, type LanguageStageOptions } from './stage.js';
