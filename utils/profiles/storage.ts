import { defineSyncedItem } from '../team/synced-item';
import type { SiteProfile } from './site-profile';

/**
 * The lead's own site profiles, synced across their browsers (the key 0.1.0 used, then a plain sync
 * item without version: read as version 1). Defined apart from the other personal data so that the
 * content script, which needs only these, loads nothing else.
 */
export const siteProfilesItem = defineSyncedItem<SiteProfile[]>('siteProfiles', { fallback: [], version: 1, migrations: {} });
