import { render } from 'preact';
import { SiteProfilesEditor } from '@/components/SiteProfilesEditor';
import { createProfilesStore } from '@/utils/profiles/profiles-store';
import { browserSiteAccess } from '@/utils/profiles/site-permission';
import { siteProfilesItem } from '@/utils/profiles/storage';
import '@/components/panel.css';

const store = createProfilesStore(siteProfilesItem, browserSiteAccess);
void store.load();
render(<SiteProfilesEditor store={store} />, document.getElementById('app')!);
