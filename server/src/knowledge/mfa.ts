import { withIds, type MfaMethodInfo } from './types';

export type { MfaMethodInfo } from './types';

/**
 * Second-factor methods for administration accounts, graded from NIST SP 800-63B-4 and CISA's
 * phishing-resistant MFA guidance (facts.md section 5).
 */
export const MFA_METHODS = withIds<MfaMethodInfo>()([
  {
    id: 'sms',
    name: 'SMS one-time code',
    strength: 'weak',
    why: 'NIST treats codes over the phone network as a restricted authenticator (SIM swap, number porting, SS7 interception), and CISA ranks SMS among the weakest forms; it is also phishable.',
    sources: ['S28', 'S29'],
    confidence: 'verified',
  },
  {
    id: 'voice',
    name: 'Voice-call one-time code',
    strength: 'weak',
    why: 'Same phone-network channel as SMS: restricted by NIST and among the weakest forms for CISA.',
    sources: ['S28', 'S29'],
    confidence: 'verified',
  },
  {
    id: 'email',
    name: 'Email code or magic link',
    strength: 'weak',
    why: 'NIST excludes email as an out-of-band channel because it does not prove possession of a device; a compromised mailbox defeats it. (Stated in rev. 3; assumed unchanged in rev. 4.)',
    sources: ['S28'],
    confidence: 'partial',
  },
  {
    id: 'totp',
    name: 'Authenticator app (TOTP)',
    strength: 'acceptable',
    why: 'Proves possession of a device without the phone network, so it is fine for AAL2, but a code can still be phished in real time.',
    sources: ['S28', 'S29'],
    confidence: 'partial',
  },
  {
    id: 'push',
    name: 'Push notification',
    strength: 'acceptable',
    why: 'Acceptable, but open to push bombing (fatigue attacks); CISA recommends number matching as an interim mitigation. Not phishing-resistant.',
    sources: ['S29'],
    confidence: 'verified',
  },
  {
    id: 'webauthn',
    name: 'WebAuthn / FIDO2 (security key or passkey)',
    strength: 'phishing-resistant',
    why: 'With PKI smart cards, the only form CISA calls phishing-resistant: the key is bound to the site origin. NIST rev. 4 requires AAL2 verifiers to offer such an option; hardware-bound keys reach AAL3.',
    sources: ['S29', 'S28'],
    confidence: 'verified',
  },
  {
    id: 'unspecified',
    name: 'MFA, method not stated',
    strength: 'unknown',
    why: 'MFA is claimed but the method is not said: ask whether it is SMS, an app, push or a security key.',
    sources: ['S28'],
    confidence: 'partial',
  },
  {
    id: 'none',
    name: 'No MFA',
    strength: 'none',
    why: 'A password alone for administration; NIST AAL2 and the NIS2 implementing rules for cloud and managed service providers expect multi-factor authentication for such accounts.',
    sources: ['S28', 'S30'],
    confidence: 'verified',
  },
]);
