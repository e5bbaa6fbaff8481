export { detectLanguage, readLanguage, type LanguageReading } from './detect.js';
export { createLanguageStage, type LanguageStageOptions } from './stage.js';
