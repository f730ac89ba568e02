import { describe, expect, it } from 'vitest';
import { contentTerms } from '../../core/tokenize.js';
import { possessiveOwners, withoutPartOwners } from './possessive-owners.js';

const topicOf = (question: string) => contentTerms(question);

describe('possessiveOwners', () => {
  it('reads a determiner\'s noun phrase before "\'s" as one owner, by its stems', () => {
    const question = "What was said about the island ferry company's subsidy of school trips?";
    expect(possessiveOwners(question, topicOf(question))).toEqual([contentTerms('island ferry company')]);
    const curly = 'Did the county cricket club’s lease come up?';
    expect(possessiveOwners(curly, topicOf(curly))).toEqual([contentTerms('county cricket club')]);
  });

  it('leaves one-word owners, capitalised names and runs no determiner opens', () => {
    const asked = [
      "What did members say about the council's reserves?",
      "What was Dr Ana Pereira's view on the clinic?",
      "What did the panel say about the Harbour Trust's accounts?",
      // No determiner marks where the owner starts: the run may hold a verb ("review").
      "What did members do to review harbour board's budgets?",
    ];
    for (const question of asked) expect(possessiveOwners(question, topicOf(question))).toEqual([]);
  });

  it("keeps only the owner's words that are topic words of the question", () => {
    const question = "What was said about the island ferry company's subsidy?";
    const topic = topicOf(question).filter((stem) => stem !== contentTerms('island')[0]);
    expect(possessiveOwners(question, topic)).toEqual([contentTerms('ferry company')]);
    expect(possessiveOwners(question, contentTerms('ferry subsidy'))).toEqual([]);
  });
});

describe('withoutPartOwners', () => {
  const owner = contentTerms('island ferry company');

  it('drops the words of an owner a passage holds only some of', () => {
    const present = new Set(contentTerms('the ferry crew and the school trips'));
    expect([...withoutPartOwners(present, [owner])]).toEqual(contentTerms('crew school trips'));
  });

  it('keeps an owner a passage holds whole', () => {
    const present = new Set(contentTerms('the island ferry company paid for school trips'));
    expect(withoutPartOwners(present, [owner])).toBe(present);
  });
});
