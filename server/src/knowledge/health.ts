import type { Sourced } from './types';
import { hasWord } from './words';

/**
 * What French health-data hosting (HDS) law covers, as the words an entry uses to say what it does. Code de la
 * santé publique, art. L.1111-8: health data collected for prevention, diagnosis, care or social and medico-social
 * follow-up, hosted on behalf of their producer or the patient. HR records such as sick-leave certificates are not
 * within it, unless hosted for care. The 2024 referential requires hosting in the EEA, and a certified host's
 * access from a third country must be declared.
 */
interface HdsScopeInfo extends Sourced {
  law: string;
  /** Words (lower case, matched as whole words) that say an entry keeps HR records: not health-data hosting. */
  hrWords: readonly string[];
  /** Words that say the data is hosted for care or follow-up: then HDS applies, HR words or not. */
  careWords: readonly string[];
}

export const HDS_SCOPE: HdsScopeInfo = {
  law: 'Code de la santé publique, art. L.1111-8; HDS referential of 2024 (order of 26 April 2024)',
  hrWords: [
    'hr',
    'human resources',
    'payroll',
    'sick leave',
    'sick-leave',
    'absence management',
    'hris',
    'ressources humaines',
    'paie',
    'arrêt maladie',
    'arrêts maladie',
    'arrêt de travail',
    'arrêts de travail',
    'sirh',
    'gestion des absences',
  ],
  careWords: [
    'patient',
    'patients',
    'care',
    'diagnosis',
    'medical record',
    'medical records',
    'telemedicine',
    'telehealth',
    'clinical',
    'soins',
    'dossier médical',
    'dossier patient',
    'télémédecine',
    'téléconsultation',
    'diagnostic',
    'médico-social',
  ],
  sources: ['S41', 'S6'],
  confidence: 'verified',
};

/**
 * Whether the texts an entry gives (its purpose, category, data description) say it keeps HR records (`hr`),
 * hosts data for care (`care`, which wins), or neither (`undefined`: nothing is presumed).
 */
export function healthHostingContext(texts: readonly string[]): 'hr' | 'care' | undefined {
  const text = texts.join(' \n ');
  if (hasWord(text, HDS_SCOPE.careWords)) return 'care';
  if (hasWord(text, HDS_SCOPE.hrWords)) return 'hr';
  return undefined;
}
