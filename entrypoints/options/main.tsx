import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LeadPage } from '@/components/options/LeadPage';
import { BUILTIN_GUIDES } from '@/knowledge/builtin';
import { t } from '@/utils/i18n/t';
import { createLeadStore } from '@/utils/options/lead-store';
import { download } from '@/utils/options/download';
import { createProfilesStore } from '@/utils/profiles/profiles-store';
import { checkProfileInOpenTabs } from '@/utils/profiles/open-tabs-check';
import { browserSiteAccess } from '@/utils/profiles/site-permission';
import { siteProfilesItem } from '@/utils/profiles/storage';
import { feedbackItem } from '@/utils/team/feedback';
import { personalItems } from '@/utils/team/personal-storage';
import { readPolicy, watchPolicy } from '@/utils/team/policy';
import { teamSuggester } from '@/utils/team/team-source';
import { usageItem } from '@/utils/team/usage';
import '@/components/panel.css';
import '@/components/options/options.css';

// index.html's <title> is the Korean one; the browser's language is known only here.
document.title = t('optionsTitle');
document.documentElement.lang = browser.i18n.getUILanguage();
const profiles = createProfilesStore(siteProfilesItem, browserSiteAccess, checkProfileInOpenTabs);
const lead = createLeadStore({
  builtin: BUILTIN_GUIDES,
  items: personalItems,
  readPolicy: () => readPolicy(BUILTIN_GUIDES),
  readUsage: () => usageItem.getValue(),
  readFeedback: () => feedbackItem.getValue(),
  clearFeedback: () => feedbackItem.setValue([]),
  suggesterFor: teamSuggester,
  download,
  now: () => new Date(),
});
void profiles.load();
void lead.load();
// IT may change the policy while the page is open.
watchPolicy(() => void lead.load());
render(<LeadPage store={lead} profiles={profiles} />, document.getElementById('app')!);
