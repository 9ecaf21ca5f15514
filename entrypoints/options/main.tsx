import { render } from 'preact';
import { SiteProfilesEditor } from '@/components/SiteProfilesEditor';
import { createProfilesStore } from '@/utils/profiles/profiles-store';
import { siteProfilesItem } from '@/utils/profiles/storage';
import '@/components/panel.css';

const store = createProfilesStore(siteProfilesItem);
void store.load();
render(<SiteProfilesEditor store={store} />, document.getElementById('app')!);
