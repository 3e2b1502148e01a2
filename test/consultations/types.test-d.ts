import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type {
  Consultation,
  ConsultationDates,
  ConsultationInput,
  ConsultationPart,
  ConsultationSource,
  Organization,
  Outcome,
  ParticipantCount,
  Recommendation,
  Speaker,
  ThematicGroup,
} from '../../src/consultations/types.js';
import type {
  ConsultationDatesSchema,
  ConsultationPartSchema,
  ConsultationSchema,
  ConsultationSourceSchema,
  OrganizationSchema,
  OutcomeSchema,
  ParticipantCountSchema,
  RecommendationSchema,
  SpeakerSchema,
  ThematicGroupSchema,
} from '../../src/schemas/consultation.js';

// The record types are written out for the API docs; these prove they are
// exactly what the schemas accept and return.
describe('the declared record types equal the schemas', () => {
  it('Consultation is the output and the input of ConsultationSchema', () => {
    expectTypeOf<z.output<typeof ConsultationSchema>>().toEqualTypeOf<Consultation>();
    expectTypeOf<z.input<typeof ConsultationSchema>>().toEqualTypeOf<Consultation>();
    expectTypeOf<z.input<typeof ConsultationSchema>>().toEqualTypeOf<ConsultationInput>();
  });
  it('each part type equals its schema', () => {
    expectTypeOf<z.output<typeof ConsultationDatesSchema>>().toEqualTypeOf<ConsultationDates>();
    expectTypeOf<z.output<typeof ConsultationPartSchema>>().toEqualTypeOf<ConsultationPart>();
    expectTypeOf<z.output<typeof ConsultationSourceSchema>>().toEqualTypeOf<ConsultationSource>();
    expectTypeOf<z.output<typeof OrganizationSchema>>().toEqualTypeOf<Organization>();
    expectTypeOf<z.output<typeof OutcomeSchema>>().toEqualTypeOf<Outcome>();
    expectTypeOf<z.output<typeof ParticipantCountSchema>>().toEqualTypeOf<ParticipantCount>();
    expectTypeOf<z.output<typeof RecommendationSchema>>().toEqualTypeOf<Recommendation>();
    expectTypeOf<z.output<typeof SpeakerSchema>>().toEqualTypeOf<Speaker>();
    expectTypeOf<z.output<typeof ThematicGroupSchema>>().toEqualTypeOf<ThematicGroup>();
  });
});
