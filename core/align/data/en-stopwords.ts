/**
 * English function words. They carry no evidence of which sentence translates which, so the aligner
 * ignores them on the target side and the lexicon build drops them from CC-CEDICT glosses.
 */
export const EN_STOPWORDS: readonly string[] = [
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'then', 'than', 'as', 'at', 'by', 'for',
  'from', 'in', 'into', 'of', 'on', 'onto', 'to', 'with', 'without', 'within', 'up', 'down', 'out', 'off',
  'over', 'under', 'about', 'above', 'below', 'after', 'before', 'since', 'until', 'while', 'during',
  'through', 'between', 'among', 'against', 'via', 'per', 'be', 'am', 'is', 'are', 'was', 'were', 'been',
  'being', 'have', 'has', 'had', 'having', 'do', 'does', 'did', 'done', 'doing', 'will', 'would', 'shall',
  'should', 'can', 'could', 'may', 'might', 'must', 'i', 'me', 'my', 'mine', 'myself', 'you', 'your',
  'yours', 'yourself', 'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'it', 'its',
  'itself', 'we', 'us', 'our', 'ours', 'ourselves', 'they', 'them', 'their', 'theirs', 'themselves',
  'this', 'that', 'these', 'those', 'who', 'whom', 'whose', 'which', 'what', 'when', 'where', 'why', 'how',
  'there', 'here', 'not', 'no', 'all', 'any', 'some', 'each', 'every', 'other', 'such', 'own', 'same',
  'too', 'very', 'just', 'also', 'only', 'again', 'once', 'both', 'either', 'neither', 'more', 'most',
  'less', 'least', 'much', 'many', 'few', 'one', 'ones', 'something', 'someone', 'somebody', 'anything',
  'anyone', 'thing', 'things', 'sb', 'sth', 'etc', 'used', 'use', 'particle', 'indicate', 'indicating',
  'expressing', 'marker', 'kind', 'sort', 'way', 'get', 'got', 'well', 'let', 'like', 'even', 'still', 'now', 'don', 't', 's', 'll', 've', 're',
  'd', 'm', 'o', 'oh', 'ah', 'lit', 'fig', 'abbr', 'esp', 'e', 'g', 'i.e', 'ie', 'cl', 'tw', 'pr', 'old',
];
