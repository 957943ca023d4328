import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyOf, formOf } from '../../console/src/alert-templates.form.ts';
import type { AlertTemplate } from '../../console/src/alerts-api.ts';
import { openApiDocument } from '../../server/http/openapi.ts';
import { validatorFor } from '../../server/validation/schema.validator.ts';
import { arbitraryOf, resolvePointer } from '../support/schema-arbitrary.ts';
import { keysSeen, omitKeys } from '../support/stored-arbitrary.ts';

const doc = openApiDocument('test') as { components: { schemas: Record<string, unknown> } };
const isTemplate = validatorFor('alert.json#/$defs/template');
const templates = arbitraryOf(resolvePointer(doc, '#/components/schemas/alert/$defs/template'), doc)
  .map((x): unknown => JSON.parse(JSON.stringify(x)))
  .filter((x): x is AlertTemplate => isTemplate(structuredClone(x)));
const serverSet = ['id', 'state', 'updatedBy', 'updatedAt', 'approvedBy', 'approvedAt', 'actions'];

describe('the alert template form model', () => {
  it('sends back exactly what was stored when nothing is changed', () => {
    fc.assert(
      fc.property(templates, (tp) => {
        expect(bodyOf(formOf(tp), tp)).toStrictEqual(omitKeys(tp, serverSet));
      }),
      { numRuns: 300 },
    );
    expect(keysSeen(templates)).toContain('body');
  });

  it('starts a new template at the gate in a language other than Vietnamese, and trims what was typed', () => {
    const form = formOf(undefined, { id: 'tinh-bien', languages: ['vi', 'km', 'en'] });
    expect(form).toMatchObject({ gateId: 'tinh-bien', lang: 'km' });
    expect(bodyOf({ ...form, event: ' Lũ ', title: 'ទឹកជំនន់ ', body: '' }, undefined)).toEqual({
      gateId: 'tinh-bien',
      event: 'Lũ',
      lang: 'km',
      title: 'ទឹកជំនន់',
    });
  });
});
