import { describe, expect, it } from 'vitest';
import { agendaItemDescription } from './agenda-item-description.js';

describe('agendaItemDescription', () => {
  it("drops the agenda's closing exempt-items notice from the last item", () => {
    expect(
      agendaItemDescription(
        'To agree the plan. EXEMPT ITEMS (At the time of preparing the agenda there were no exempt items.) A Clerk 22 January 2025',
      ),
    ).toBe('To agree the plan.');
    expect(agendaItemDescription('EXEMPT ITEMS (none) A Clerk, General Counsel')).toBe('');
  });

  it('keeps a description that mentions exempt papers in ordinary words', () => {
    expect(agendaItemDescription('Appendix 2 is exempt under Schedule 12A.')).toBe(
      'Appendix 2 is exempt under Schedule 12A.',
    );
  });
});
