export {
  DEFAULT_INPUT_LIMITS as DEFAULT_LIMITS,
  DEFAULT_MAX_ARTICLE_BYTES,
  DEFAULT_MAX_LINE_BYTES,
  type InputLimits as BatchLimits,
} from '../io/limits.js';
