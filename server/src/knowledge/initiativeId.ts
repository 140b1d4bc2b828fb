import initiativesSchema from './schemas/initiatives.schema.json';

/** What every initiative's id looks like, as the catalogue's schema says: `scitech-diplohub`, `geneva-2030-ecosystem`. */
export const INITIATIVE_ID = new RegExp(initiativesSchema.properties.initiatives.items.properties.id.pattern);
