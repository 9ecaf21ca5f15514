import { storage } from 'wxt/utils/storage';
import type { SiteProfile } from './site-profile';

/** Site profiles, synced with the team lead's browser profile. */
export const siteProfilesItem = storage.defineItem<SiteProfile[]>('sync:siteProfiles', { fallback: [] });
