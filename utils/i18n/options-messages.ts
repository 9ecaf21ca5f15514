import type { Catalog } from './catalog';

/** The options page's (팀 설정) words. */
export const OPTIONS_MESSAGES = {
  optionsTitle: { ko: 'ReplyDeck 팀 설정', en: 'ReplyDeck team settings' },

  // Shared ------------------------------------------------------------------------------------
  optOrganizationReadOnly: { ko: '조직 정책 (읽기 전용)', en: 'Organization policy (read only)' },
  optRemove: { ko: '지우기', en: 'Remove' },
  optKindAcknowledge: { ko: '호응', en: 'Acknowledgement' },
  optKindEmpathy: { ko: '공감', en: 'Empathy' },
  optKindUnderstanding: { ko: '양해', en: 'Understanding' },
  optKindApology: { ko: '사과', en: 'Apology' },

  // Page (LeadPage) -----------------------------------------------------------------------------
  optNavLabel: { ko: '설정 항목', en: 'Settings sections' },
  optNavPins: { ko: '팀 추천', en: 'Team picks' },
  optNavOpeners: { ko: '감성표현', en: 'Openers' },
  optNavGuides: { ko: '가이드', en: 'Guides' },
  optNavExamples: { ko: '예시 문장', en: 'Example phrases' },
  optNavProfiles: { ko: '사이트 프로필', en: 'Site profiles' },
  optNavCheck: { ko: '티켓으로 확인', en: 'Check a ticket' },
  optNavPack: { ko: '팀 팩', en: 'Team pack' },
  optNavUsage: { ko: '사용 현황', en: 'Usage' },
  optPolicyActive: {
    ko: '조직 정책으로 팀 팩이 적용되어 있습니다. 조직의 고정 답변과 가이드는 여기서 바꿀 수 없습니다.',
    en: "Your organization policy applies a team pack. The organization's pinned answers and guides can't be changed here.",
  },
  optPolicyActiveNamed: {
    ko: '조직 정책으로 팀 팩 「{0}」이 적용되어 있습니다. 조직의 고정 답변과 가이드는 여기서 바꿀 수 없습니다.',
    en: "Your organization policy applies the team pack “{0}”. The organization's pinned answers and guides can't be changed here.",
  },
  optLocalOnly: {
    ko: '{0}: 브라우저 동기화 용량을 넘어 이 브라우저에만 저장되어 있습니다. 다른 브라우저에는 팀 팩 파일로 옮기세요.',
    en: '{0}: too large for browser sync, so saved in this browser only. Use a team pack file to move them to another browser.',
  },
  optPartPins: { ko: '고정 답변', en: 'Pinned answers' },
  optPartOpeners: { ko: '감성표현 문구', en: 'Opener phrasings' },
  optPartSiteProfiles: { ko: '사이트 프로필', en: 'Site profiles' },
  optPartGuides: { ko: '상담 가이드', en: 'Guides' },
  optPartExamples: { ko: '예시 문장', en: 'Example phrases' },

  // Entry picker ----------------------------------------------------------------------------------
  optEntryChoose: { ko: '항목을 고르세요', en: 'Choose an entry' },
  optEntryMissing: { ko: '(가이드에 없는 항목)', en: '(not in any guide)' },

  // Pins (팀 추천) --------------------------------------------------------------------------------
  optPinsTitle: { ko: '팀 추천 (고정 답변)', en: 'Team picks (pinned answers)' },
  optPinsIntro: {
    ko: '고정한 답변은 티켓에 맞을 때 맨 위에 「팀 추천」으로 나오고, 패널의 팀 추천 목록에 이 순서대로 보입니다.',
    en: 'A pinned answer shows first, as “Team pick”, when it fits the ticket, and the panel lists team picks in this order.',
  },
  optPinsMine: { ko: '내 고정 답변', en: 'My pinned answers' },
  optPinHandle: { ko: '{0}번째 {1}: ↑·↓ 키로 순서 바꾸기', en: 'No. {0}, {1}: press ↑ or ↓ to reorder' },
  optPinUp: { ko: '{0} 위로', en: 'Move {0} up' },
  optPinDown: { ko: '{0} 아래로', en: 'Move {0} down' },
  optPinEdit: { ko: '고치기', en: 'Edit' },
  optUnpin: { ko: '고정 풀기', en: 'Unpin' },
  optPinEntry: { ko: '고정할 답변', en: 'Answer to pin' },
  optPinNote: { ko: '상담사에게 보일 메모 (선택)', en: 'Note for counselors (optional)' },
  optPinNotePlaceholder: {
    ko: '예: 배정 지연 문의는 AI 추천 요금 안내까지 꼭 포함',
    en: 'e.g. For assignment delays, always mention the AI-suggested fare',
  },
  optPinOpenerKind: { ko: '감성표현 종류', en: 'Opener type' },
  optPinOpenerAutoOption: { ko: '티켓에 맞춰 (고정 안 함)', en: 'Match the ticket (no pin)' },
  optPinOpenerText: { ko: '감성표현 문구', en: 'Opener phrasing' },
  optPinBranchLabel: { ko: '불만 제기 시 안내', en: 'Complaint guidance' },
  optBranchAuto: { ko: '고객이 불만을 말할 때만', en: 'Only when the customer complains' },
  optBranchAlways: { ko: '항상 넣기', en: 'Always include' },
  optBranchNever: { ko: '넣지 않기', en: 'Never include' },
  optPinOpener: { ko: '감성표현 {0}: {1}', en: 'Opener ({0}): {1}' },
  optPinOpenerAuto: { ko: '감성표현: 티켓에 맞춰', en: 'Opener: matches the ticket' },
  optPinBranch: { ko: '불만 제기 시: {0}', en: 'Complaint guidance: {0}' },
  optPinSave: { ko: '고정하기', en: 'Pin' },
  optPinUpdate: { ko: '고정 고치기', en: 'Update pin' },

  // Openers (감성표현 문구) --------------------------------------------------------------------------
  optOpenersTitle: { ko: '감성표현 문구', en: 'Opener phrasings' },
  optOpenersIntro: {
    ko: '종류마다 한 줄에 하나씩 적으세요. 첫 줄이 기본 문구입니다. 비워 두면 조직 정책이나 ReplyDeck 기본 문구를 씁니다.',
    en: "Write one phrasing per line for each type; the first line is the default. Leave it empty to use the organization policy's or ReplyDeck's phrasings.",
  },
  optOpenersSave: { ko: '{0} 저장', en: 'Save {0}' },

  // Guides (상담 가이드) -----------------------------------------------------------------------------
  optGuidesTitle: { ko: '상담 가이드', en: 'Guides' },
  optOriginBuiltin: { ko: '기본 제공', en: 'Built in' },
  optOriginPersonal: { ko: '내 가이드', en: 'My guide' },
  optGuideEntries: { ko: '항목 {0}개', en: 'Entries: {0}' },
  optGuideExamples: { ko: '예시 문장 {0}개', en: 'Example phrases: {0}' },
  optGuideReplace: { ko: '교체', en: 'Replace' },
  optGuidesFormIntro: {
    ko: '상담 가이드와 같은 형식의 마크다운(.md)을 올리거나 붙여 넣으세요. 같은 id면 교체합니다 (기본 가이드도 같은 id로 교체할 수 있습니다).',
    en: 'Upload or paste Markdown (.md) in the same format as the guides. A guide with the same id is replaced (built-in guides too).',
  },
  optGuideId: { ko: '가이드 id', en: 'Guide id' },
  optGuideIdPlaceholder: { ko: '예: team-extra', en: 'e.g. team-extra' },
  optGuideFile: { ko: '파일', en: 'File' },
  optGuideMarkdown: { ko: '마크다운', en: 'Markdown' },
  optGuideSave: { ko: '가이드 저장', en: 'Save guide' },

  // Example phrases (예시 문장) ----------------------------------------------------------------------
  optExamplesTitle: { ko: '예시 문장', en: 'Example phrases' },
  optExamplesIntro: {
    ko: '고객이 실제로 묻는 말투를 항목마다 몇 개씩 적어 두면 그 항목을 더 잘 찾습니다.',
    en: 'Add a few ways customers really ask about an entry, and ReplyDeck finds it more reliably.',
  },
  optExamplesEntry: { ko: '항목', en: 'Entry' },
  optExamplesText: { ko: '고객 문장', en: 'Customer phrase' },
  optExamplesPlaceholder: { ko: '예: 기사님이 안 잡혀요 언제 와요', en: "e.g. still no driver, when's one coming" },
  optExamplesAdd: { ko: '예시 추가', en: 'Add example' },

  // Ticket check (티켓으로 확인) --------------------------------------------------------------------
  optCheckTitle: { ko: '티켓으로 확인', en: 'Check a ticket' },
  optCheckText: { ko: '고객 문의를 붙여 넣으세요', en: "Paste a customer's inquiry" },
  optCheckRun: { ko: '확인', en: 'Check' },
  optCheckEscalate: { ko: '에스컬레이션 대상: {0}', en: 'Escalate: {0}' },
  optCheckClarify: { ko: '상담사에게 묻습니다: {0}', en: 'Asks the counselor: {0}' },
  optCheckNone: { ko: '맞는 답변이 없어 패널은 아무것도 추천하지 않습니다.', en: 'No answer fits, so the panel suggests nothing.' },
  optTeamPick: { ko: '팀 추천', en: 'Team pick' },

  // Team pack (팀 팩) -------------------------------------------------------------------------------
  optPackTitle: { ko: '팀 팩 가져오기 · 내보내기', en: 'Team pack import · export' },
  optPackIntro: {
    ko: '팀 팩 파일 하나에 고정 답변, 감성표현 문구, 사이트 프로필, 가이드, 예시 문장이 모두 들어 있습니다. 팀원은 이 화면에서 가져오기만 하면 같은 추천을 봅니다.',
    en: 'One team pack file holds the pinned answers, opener phrasings, site profiles, guides and example phrases. Teammates import it on this page and see the same suggestions.',
  },
  optPackName: { ko: '팀 이름 (선택)', en: 'Team name (optional)' },
  optPackNamePlaceholder: { ko: '예: 상담 1팀', en: 'e.g. Support team 1' },
  optPackExport: { ko: '내보내기', en: 'Export' },
  optPackImport: { ko: '팀 팩 가져오기 (.json)', en: 'Import a team pack (.json)' },
  optImportPlan: {
    ko: '{0}을(를) 가져오면 다음이 바뀝니다. 적용하면 모두 한꺼번에 바뀝니다.',
    en: 'Importing {0} changes the following. Applying makes all the changes at once.',
  },
  optChangeAdded: { ko: '추가', en: 'New' },
  optChangeChanged: { ko: '변경', en: 'Changed' },
  optChangeReplaced: { ko: '교체', en: 'Replaced' },
  optImportApply: { ko: '모두 적용', en: 'Apply all' },
  optImportCancel: { ko: '취소', en: 'Cancel' },

  // Usage (사용 현황) -------------------------------------------------------------------------------
  optUsageTitle: { ko: '이번 주 사용 현황', en: "This week's usage" },
  optUsageIntro: { ko: '이 브라우저에서 센 숫자입니다. 어디에도 보내지 않습니다.', en: 'Counted in this browser only. Nothing is sent anywhere.' },
  optUsageEmpty: { ko: '이번 주에는 아직 기록이 없습니다.', en: 'Nothing recorded yet this week.' },
  optUsageEntry: { ko: '항목', en: 'Entry' },
  optUsageSuggested: { ko: '추천', en: 'Suggested' },
  optUsageInserted: { ko: '넣기', en: 'Inserted' },
  optUsageCopied: { ko: '복사', en: 'Copied' },
  optUsageRank: { ko: '고른 순위', en: 'Rank chosen' },
  optUsageClarified: { ko: '질문 답', en: 'Question answers' },
  optRankTeam: { ko: '팀 추천', en: 'Team pick' },
  optRankSearch: { ko: '직접 찾음', en: 'Searched' },
  optRankNth: { ko: '{0}위', en: '#{0}' },
  optFeedbackTitle: { ko: '추천이 맞지 않아요 ({0}건)', en: '“Suggestion doesn’t fit” reports ({0})' },
  optFeedbackIntro: {
    ko: '상담사가 고른 맞는 답변을 평가용 티켓 줄({0})로 내보냅니다. {1}로 가이드를 시험하세요.',
    en: 'Exports the answers counselors chose as evaluation ticket lines ({0}). Test a guide with {1}.',
  },
  optFeedbackEvalCommand: { ko: 'npm run eval -- --kb 가이드.md --tickets 파일', en: 'npm run eval -- --kb guide.md --tickets file' },
  optFeedbackMask: { ko: '전화번호·이메일·이름 가리기', en: 'Mask phone numbers, emails and names' },
  optFeedbackExport: { ko: '피드백 내보내기', en: 'Export feedback' },
  optFeedbackClear: { ko: '기록 지우기', en: 'Clear reports' },

  // Site profiles (사이트 프로필) ---------------------------------------------------------------------
  optProfilesTitle: { ko: '사이트 프로필', en: 'Site profiles' },
  optProfilesIntro: {
    ko: 'ReplyDeck이 모르는 상담 도구(사내 도구 등)에서도 티켓을 읽고 답장을 넣을 수 있도록, 호스트별로 고객 메시지와 답장 입력창의 CSS 선택자를 적어 두세요. 프로필은 같은 사이트의 기본 헬프데스크 인식보다 우선합니다. 저장할 때 브라우저가 그 사이트에 대한 권한을 묻습니다. 그 사이트에서 패널의 「직접 지정」을 누르면 메시지와 입력창을 클릭해서 만들 수도 있습니다.',
    en: "So that ReplyDeck can read tickets and insert replies in tools it doesn't know (such as in-house tools), give the CSS selectors of the customer's message and the reply box for each host. A site profile takes precedence over the built-in helpdesk support on the same site. When you save, the browser asks for access to that site. On the site itself, the panel's “Point it out” makes one from two clicks.",
  },
  optProfileHost: { ko: '호스트', en: 'Host' },
  optProfileHostHint: { ko: '예: desk.example.com 또는 *.example.com', en: 'e.g. desk.example.com or *.example.com' },
  optProfileMessage: { ko: '고객 메시지 CSS 선택자', en: 'Customer message CSS selector' },
  optProfileMessageHint: {
    ko: '여러 개면 마지막 것이 최신 메시지입니다. 예: .thread .customer .body',
    en: 'If several match, the last is the latest message. e.g. .thread .customer .body',
  },
  optProfileReply: { ko: '답장 입력창 CSS 선택자', en: 'Reply box CSS selector' },
  optProfileReplyHint: { ko: '예: textarea#reply, .editor [contenteditable]', en: 'e.g. textarea#reply, .editor [contenteditable]' },
  optProfileSubject: { ko: '제목 CSS 선택자 (선택)', en: 'Subject CSS selector (optional)' },
  optProfileSubjectHint: { ko: '예: h1.ticket-subject', en: 'e.g. h1.ticket-subject' },
  optProfileSave: { ko: '저장', en: 'Save' },
  optProfileSaveChanges: { ko: '고친 내용 저장', en: 'Save changes' },
  optProfileEdit: { ko: '편집', en: 'Edit' },
  optProfileEditing: { ko: '{0} 프로필을 고치는 중입니다. 저장하면 바뀝니다.', en: 'Editing the profile for {0}; saving replaces it.' },
  optProfileEditCancel: { ko: '편집 취소', en: 'Cancel editing' },
  optProfilePreset: { ko: '프리셋에서 시작 (선택)', en: 'Start from a preset (optional)' },
  optProfilePresetNone: { ko: '직접 입력', en: 'Enter by hand' },
  optProfileCheckTabs: { ko: '열린 탭에서 확인', en: 'Check in open tabs' },
  optProfileNoOpenTabs: {
    ko: '이 사이트의 탭이 열려 있지 않거나, ReplyDeck이 아직 그 사이트에 권한이 없습니다.',
    en: 'No tab of this site is open, or ReplyDeck has no access to the site yet.',
  },
  optProfileTabNoReplyDeck: {
    ko: '이 탭에서는 ReplyDeck이 동작하지 않습니다 (이 사이트에 대한 권한이 없습니다).',
    en: 'ReplyDeck does not run in this tab (it has no access to the site).',
  },
  optProfilesOrganization: { ko: '조직 정책의 프로필', en: 'Site profiles from the organization policy' },
  optProfilesSaved: { ko: '저장된 프로필', en: 'Saved site profiles' },
  optProfilesEmpty: { ko: '아직 없습니다.', en: 'None yet.' },
  optProfileNoAccess: { ko: '권한 없음', en: 'No access' },
  optProfileRequestAccess: { ko: '권한 요청', en: 'Request access' },
  optProfileDelete: { ko: '삭제', en: 'Delete' },
  optProfileAccessGranted: {
    ko: '{0}에서 ReplyDeck을 쓸 수 있습니다. 열려 있는 탭에도 바로 적용됩니다.',
    en: 'ReplyDeck can now be used on {0}, in open tabs too.',
  },
  optProfileAccessDenied: { ko: '{0}에 대한 권한을 받지 못했습니다.', en: 'Access to {0} was not granted.' },
  optProfileNotSaved: { ko: '저장하지 않았습니다. 표시된 항목을 고쳐 주세요.', en: 'Not saved. Fix the marked fields.' },
  optProfileSaved: {
    ko: '{0} 프로필을 저장했습니다. 그 사이트의 열린 탭에도 바로 적용됩니다.',
    en: "Saved the site profile for {0}. It applies to that site's open tabs right away.",
  },
  optProfileSavedNoAccess: {
    ko: '{0} 프로필을 저장했지만, 이 사이트에 대한 권한이 없어 아직 동작하지 않습니다. 목록에서 「권한 요청」을 눌러 허용하세요.',
    en: 'Saved the site profile for {0}, but it won’t work until ReplyDeck has access to the site. Click “Request access” in the list to allow it.',
  },
  optProfileRemoved: { ko: '{0} 프로필을 지웠습니다.', en: 'Removed the site profile for {0}.' },
  optProfileRequired: { ko: '비워 둘 수 없습니다.', en: "Can't be empty." },
  optProfileBadSelector: { ko: '올바른 CSS 선택자가 아닙니다: {0}', en: 'Not a valid CSS selector: {0}' },
  optProfileBadHost: {
    ko: '호스트 이름을 적어 주세요 (예: desk.example.com, *.example.com). https:// 나 경로는 빼 주세요.',
    en: 'Enter a host name (e.g. desk.example.com, *.example.com), without https:// or a path.',
  },
  optProfileDuplicateHost: {
    ko: '이 사이트에는 이미 {0} 프로필이 있습니다 (포트와 상관없이 사이트마다 하나). 목록에서 그 프로필을 편집하세요.',
    en: 'This site already has the profile {0} (one per site, whatever the port). Edit that one in the list.',
  },

  // Status messages (lead-store) ------------------------------------------------------------------
  optSavedLocalOnly: {
    ko: '브라우저 동기화 용량을 넘어 이 브라우저에만 저장했습니다 (다른 브라우저에는 팀 팩 파일로 옮기세요).',
    en: 'Too large for browser sync, so saved in this browser only (use a team pack file to move it to another browser).',
  },
  optSaveFailed: { ko: '저장하지 못했습니다: {0}', en: "Couldn't save: {0}" },
  optPinned: { ko: '{0}을(를) 팀 추천에 고정했습니다.', en: 'Pinned {0} to Team picks.' },
  optPinUpdated: { ko: '{0} 고정을 고쳤습니다.', en: 'Updated the pin for {0}.' },
  optUnpinned: { ko: '{0} 고정을 풀었습니다.', en: 'Unpinned {0}.' },
  optPinMoved: { ko: '{0}을(를) {1}번째로 옮겼습니다.', en: 'Moved {0} to position {1}.' },
  optOpenersReset: { ko: '{0} 문구를 기본값으로 되돌렸습니다.', en: 'Reset the {0} phrasings to the defaults.' },
  optOpenersSaved: { ko: '{0} 문구 {1}개를 저장했습니다.', en: 'Saved the {0} phrasings ({1}).' },
  optGuideIdInvalid: {
    ko: '가이드 id는 영문 소문자·숫자·-·_ 로 적어 주세요 (예: team-extra).',
    en: 'Use lowercase letters, digits, - and _ for the guide id (e.g. team-extra).',
  },
  optGuideIdOrganization: {
    ko: '"{0}"는 조직 정책의 가이드입니다. 다른 id를 쓰세요.',
    en: '"{0}" is a guide from the organization policy. Use another id.',
  },
  optGuideNotSaved: { ko: '가이드를 저장하지 않았습니다.', en: 'The guide was not saved.' },
  optGuideReplaced: { ko: '가이드 {0}을(를) 교체했습니다.', en: 'Replaced the guide {0}.' },
  optGuideAdded: { ko: '가이드 {0}을(를) 추가했습니다.', en: 'Added the guide {0}.' },
  optGuideRemoved: { ko: '가이드 {0}을(를) 지웠습니다.', en: 'Removed the guide {0}.' },
  optExampleEmpty: { ko: '예시 문장을 적어 주세요.', en: 'Enter an example phrase.' },
  optExampleDuplicate: { ko: '이미 있는 예시 문장입니다.', en: 'That example phrase is already there.' },
  optExampleAdded: { ko: '{0}에 예시 문장을 추가했습니다.', en: 'Added an example phrase to {0}.' },
  optExampleRemoved: { ko: '예시 문장을 지웠습니다.', en: 'Removed the example phrase.' },
  optImportRefused: {
    ko: '{0}: 팀 팩을 가져오지 않았습니다. 아무것도 바뀌지 않았습니다.',
    en: '{0}: the team pack was not imported. Nothing has changed.',
  },
  optImportNothingNew: { ko: '{0}: 이미 모두 들어 있습니다.', en: '{0}: everything in it is already here.' },
  optImportApplied: { ko: '{0}: {1}건을 가져왔습니다.', en: '{0}: imported {1} changes.' },
  optImportRolledBack: { ko: '{0} 가져오기 전으로 되돌렸습니다.', en: '{0} Everything was put back as it was before the import.' },
  optPackExported: {
    ko: '팀 팩을 내보냈습니다. 팀원에게 파일로 전하거나, IT에 정책으로 배포해 달라고 하세요.',
    en: 'Exported the team pack. Send the file to your teammates, or ask IT to deploy it as a policy.',
  },
  optFeedbackNone: { ko: '내보낼 피드백이 없습니다.', en: 'There is no feedback to export.' },
  optFeedbackExported: {
    ko: '피드백 {0}건을 평가용 티켓 파일로 내보냈습니다.',
    en: 'Exported {0} feedback reports as an evaluation ticket file.',
  },
  optFeedbackExportedMasked: {
    ko: '피드백 {0}건을 평가용 티켓 파일로 내보냈습니다 (개인정보 가림).',
    en: 'Exported {0} feedback reports as an evaluation ticket file (personal data masked).',
  },
  optFeedbackCleared: { ko: '피드백 기록을 지웠습니다.', en: 'Cleared the feedback reports.' },
} satisfies Catalog;
