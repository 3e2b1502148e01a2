import { describe, expectTypeOf, it } from 'vitest';
import type {
  EventId,
  GcmObjectiveNumber,
  MigofId,
  PhaseId,
  SourceId,
  ThematicSessionId,
} from '../../src/index.js';
import { thematicSessions } from '../../src/index.js';

describe('ids are literal unions derived from the data', () => {
  it('PhaseId is the six phase ids', () => {
    expectTypeOf<PhaseId>().toEqualTypeOf<
      'launch' | 'consultations' | 'stocktaking' | 'negotiations' | 'adoption' | 'follow-up'
    >();
  });

  it('ThematicSessionId is thematic-session-1 … 6', () => {
    expectTypeOf<ThematicSessionId>().toEqualTypeOf<`thematic-session-${1 | 2 | 3 | 4 | 5 | 6}`>();
    expectTypeOf(thematicSessions[0].number).toEqualTypeOf<1>();
  });

  it('GcmObjectiveNumber is 1 … 23', () => {
    expectTypeOf<23>().toMatchTypeOf<GcmObjectiveNumber>();
    expectTypeOf<24>().not.toMatchTypeOf<GcmObjectiveNumber>();
  });

  it('SourceId, EventId and MigofId are literal, not string', () => {
    expectTypeOf<'a-res-71-280'>().toMatchTypeOf<SourceId>();
    expectTypeOf<string>().not.toMatchTypeOf<SourceId>();
    expectTypeOf<'stocktaking-meeting'>().toMatchTypeOf<EventId>();
    expectTypeOf<string>().not.toMatchTypeOf<EventId>();
    expectTypeOf<MigofId>().toEqualTypeOf<
      'principle-1' | 'principle-2' | 'principle-3' | 'objective-1' | 'objective-2' | 'objective-3'
    >();
  });
});
