import { isTextField } from '../dom/editable';

/** How a reply gets into an editor, tried in order until the editor's text shows it. */
export type InsertMethod = 'page-api' | 'type-text' | 'paste' | 'paste-plain' | 'insert-html' | 'type-lines' | 'dom';

export interface EditorFamily {
  id: string;
  methods: InsertMethod[];
}

/**
 * Editor families recognised from their DOM. Rich editors keep a model of their own and ignore DOM
 * edits they did not make, so they get the reply as a paste event (one transaction, one undo step,
 * paragraphs kept), then as typed input. Plain contenteditable elements (and Summernote, which
 * syncs from the DOM) take the browser's own insertHTML, which the native undo stack records.
 */
const RICH_EDITORS: Array<{ id: string; selector: string }> = [
  { id: 'ckeditor5', selector: '.ck-editor__editable, .ck-content[contenteditable]' },
  { id: 'tiptap', selector: '.tiptap.ProseMirror' },
  { id: 'prosemirror', selector: '.ProseMirror' },
  { id: 'quill', selector: '.ql-editor' },
  { id: 'draftjs', selector: '.public-DraftEditor-content, [data-contents="true"]' },
  { id: 'lexical', selector: '[data-lexical-editor="true"]' },
  { id: 'slate', selector: '[data-slate-editor="true"]' },
  { id: 'tinymce', selector: '.mce-content-body' },
  { id: 'ckeditor4', selector: '.cke_editable' },
];

const DOM_SYNCED_EDITORS: Array<{ id: string; selector: string }> = [{ id: 'summernote', selector: '.note-editable' }];

/**
 * Editors whose own API takes the reply in the page world (page-api-bridge.ts) because the browser's
 * insertHTML leaves inline-styled spans they then store (Redactor 3: `.redactor-in`); without that
 * API, their own paste handler, then the plain contenteditable methods.
 */
const PAGE_API_EDITORS: Array<{ id: string; selector: string }> = [{ id: 'redactor', selector: '.redactor-in' }];

export function detectEditorFamily(element: HTMLElement): EditorFamily {
  if (isTextField(element)) return { id: element.tagName === 'TEXTAREA' ? 'textarea' : 'input', methods: ['type-text', 'dom'] };
  const rich = RICH_EDITORS.find(({ selector }) => element.matches(selector));
  if (rich) return { id: rich.id, methods: ['paste', 'paste-plain', 'type-lines', 'dom'] };
  const withApi = PAGE_API_EDITORS.find(({ selector }) => element.matches(selector));
  if (withApi) return { id: withApi.id, methods: ['page-api', 'paste', 'insert-html', 'type-lines', 'dom'] };
  const synced = DOM_SYNCED_EDITORS.find(({ selector }) => element.matches(selector));
  // Summernote's own undo history records only what its API inserts.
  if (synced) return { id: synced.id, methods: ['page-api', 'insert-html', 'type-lines', 'dom'] };
  return { id: 'contenteditable', methods: ['insert-html', 'type-lines', 'dom'] };
}
