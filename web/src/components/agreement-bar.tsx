import type { Statement } from '../api/types.js';
import { agreementParts, agreementText } from '../model/profession.js';

type Shares = Pick<Statement, 'disagreePercent' | 'agreePercent' | 'neutralPercent'>;

/**
 * How respondents answered, as a bar (disagreement hatched, agreement solid: they differ without
 * colour and on paper) and in words, which is what a screen reader reads.
 */
export function AgreementBar({ shares }: { shares: Shares }) {
  const parts = agreementParts(shares);
  return (
    <span class="agreement">
      <span class="agreement-bar" aria-hidden="true">
        <span class="agreement-disagree" style={{ width: `${parts.disagree}%` }} />
        <span class="agreement-middle" style={{ width: `${parts.middle}%` }} />
        <span class="agreement-agree" style={{ width: `${parts.agree}%` }} />
      </span>
      <span class="agreement-text">{agreementText(shares)}</span>
    </span>
  );
}
