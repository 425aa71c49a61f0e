import type { Sourced } from './types';
import { hasWord } from './words';

/**
 * How an entry says it is an AI provider (a large language model, AI inference) when it has no `ai` block: the
 * words of its purpose and category, nothing else. A processor acts only on documented instructions (GDPR
 * Art. 28(3)(a)); one that trains its own models on customer data becomes a controller for that processing
 * (Art. 28(10)), so such a provider's inventory entry should say whether it does. The words are few and specific:
 * a vendor whose entry does not say it runs AI is missed rather than wrongly reported.
 */
interface AiProviderWords extends Sourced {
  words: readonly string[];
}

export const AI_PROVIDER_WORDS: AiProviderWords = {
  words: [
    'llm',
    'llms',
    'large language model',
    'large language models',
    'language model',
    'language models',
    'generative ai',
    'genai',
    'gen ai',
    'ai inference',
    'model inference',
    'inference api',
    'ai model',
    'ai models',
    'foundation model',
    'foundation models',
    'modèle de langage',
    'modèles de langage',
    'grand modèle de langage',
    'grands modèles de langage',
    'ia générative',
    'intelligence artificielle générative',
    'inférence',
    'modèle d’ia',
    'modèles d’ia',
  ],
  sources: ['S42'],
  confidence: 'partial',
};

/** Whether an entry's own words (purpose, category) say it runs AI models (an LLM, AI inference). */
export function saysAiProvider(texts: readonly string[]): boolean {
  return hasWord(texts.join(' \n '), AI_PROVIDER_WORDS.words);
}
