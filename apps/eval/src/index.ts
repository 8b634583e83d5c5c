export { evaluateCorpus, formatEvaluation, type Evaluation, type ArticleResult } from './evaluate.js';
export { scoreArticle, mean, FIELDS, HARD_FIELDS, type Gold, type FieldScores, type Field } from './score.js';
