import { describe, expect, it } from 'vitest';
import { contentTerms } from '../../core/tokenize.js';
import { askedDescription, askedPersonTopic } from './asked-person-topic.js';

const stems = (text: string) => new Set(contentTerms(text));

describe('askedPersonTopic', () => {
  it('reads whose words on what from "what did <person> say about <topic>"', () => {
    expect(askedPersonTopic('What did Jo Bell say about the harbour wall?')).toEqual({
      person: stems('Jo Bell'),
      topic: stems('harbour wall'),
    });
  });
  it("reads the same from a person's view, worry or position on a topic", () => {
    const asked = { person: stems('Jo Bell'), topic: stems('harbour wall') };
    expect(askedPersonTopic("What was Jo Bell's view on the harbour wall?")).toEqual(asked);
    expect(askedPersonTopic("What was Jo Bell's main worry about the harbour wall?")).toEqual(asked);
    expect(askedPersonTopic("what is Jo Bell's position on the harbour wall")).toEqual(asked);
  });
  it('reads a person described by their post from their view on a topic', () => {
    expect(askedDescription("What was the fire chief's main concern about the rota?")).toEqual(
      contentTerms('fire chief'),
    );
  });
  it('reads no person from a question about a thing', () => {
    expect(askedPersonTopic('What was the cost of the harbour wall?')).toBeUndefined();
  });
});
