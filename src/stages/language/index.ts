export { detectLanguage } from './detect.js';
export { createLanguageStage, type LanguageStageOptions } from './stage.js';
