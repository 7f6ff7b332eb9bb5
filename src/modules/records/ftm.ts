import { Model, defaultModel, type Schema } from '@alephdata/followthemoney';
import { AppError } from '../../platform/errors.js';
import { RECORD_SCHEMATA, type RecordSchema } from '../../shared/api-constants.js';

export { RECORD_SCHEMATA, type RecordSchema };

const model = new Model(defaultModel);

/**
 * The FollowTheMoney schemata an agency may record as entities or links. Seizures, drug lines and
 * routes are Northroute's own record types (docs/records-design.md); FtM has no Phone schema, so
 * phones are `phone` properties of persons and organisations until the drug-domain extension.
 */
const MAX_VALUES = 50;
const MAX_VALUE_LENGTH = 2000;

/** Property values of an entity, FtM style: every property holds a list of strings. */
export type Properties = Record<string, string[]>;

function schemaOf(name: RecordSchema): Schema {
  return model.getSchema(name);
}

/**
 * Checks that every property exists in the schema and that values are bounded; returns the
 * properties with blank values dropped and duplicates removed. Throws VALIDATION_FAILED naming the
 * property (`properties.<name>`).
 */
export function validateProperties(schemaName: RecordSchema, properties: Properties): Properties {
  const schema = schemaOf(schemaName);
  const known = schema.getProperties();
  const clean: Properties = {};
  for (const [name, values] of Object.entries(properties)) {
    const field = `properties.${name}`;
    const property = known.get(name);
    if (!property) throw new AppError('VALIDATION_FAILED', `${schemaName} has no property "${name}"`, field);
    if (property.stub) {
      throw new AppError('VALIDATION_FAILED', `"${name}" is set from the other side of the link`, field);
    }
    if (values.length > MAX_VALUES) {
      throw new AppError('VALIDATION_FAILED', `At most ${MAX_VALUES} values`, field);
    }
    const kept = [...new Set(values.map((v) => v.trim()).filter((v) => v.length > 0))];
    if (kept.some((v) => v.length > MAX_VALUE_LENGTH)) {
      throw new AppError('VALIDATION_FAILED', `Values are limited to ${MAX_VALUE_LENGTH} characters`, field);
    }
    if (kept.length > 0) clean[name] = kept;
  }
  return clean;
}

/** The entity-valued properties of a schema (a link's ends, an owner…): their values are record ids. */
export function entityProperties(schemaName: RecordSchema): string[] {
  return [...schemaOf(schemaName).getProperties().values()]
    .filter((p) => p.type.name === 'entity' && !p.stub)
    .map((p) => p.name);
}

/** A human caption by the schema's FtM caption rule (name, registration number…), or the schema label. */
export function captionOf(schemaName: RecordSchema, properties: Properties): string {
  const schema = schemaOf(schemaName);
  for (const prop of schema.caption) {
    const value = properties[prop]?.[0];
    if (value) return value.slice(0, 300);
  }
  return schema.label;
}
