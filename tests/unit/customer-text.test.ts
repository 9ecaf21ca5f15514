import { describe, expect, it } from 'vitest';
import { VOCABULARY } from '@/knowledge/vocabulary';
import { foldWords, holdsForm, withKeyboardSlipsRead } from '@/utils/match/text';

const holds = (text: string, form: string) => holdsForm(foldWords(text), foldWords(form));

describe('holdsForm: a form found in folded text only as the customer wrote it', () => {
  it('finds a form inside a word, across the customer\'s own spaces, and without spaces', () => {
    expect(holds('진짜 짜증나요', '짜증')).toBe(true);
    expect(holds('이게 말이 돼요?', '말이돼')).toBe(true);
    expect(holds('배정이안돼요', '안돼')).toBe(true);
    expect(holds('제번호 뜨는지 궁금해요', '번호뜨')).toBe(true);
  });

  it('does not assemble a form from a word\'s last letter and the next word', () => {
    expect(holds('통화하면 제 번호가 보이나요', '면제')).toBe(false);
    expect(holds('요금이 중간에 바뀌었어요', '이중')).toBe(false);
    expect(holds('협력사 기사님이 오셨어요', '사기')).toBe(false);
    // …unless the letter is a number's unit, or the form itself breaks there.
    expect(holds('부른 지 30분 째예요', '분째')).toBe(true);
    expect(holds('수수료 나갈까 봐요', '까 봐')).toBe(true);
    expect(holds('수수료 나갈까 봐요', '까봐')).toBe(false);
  });

  it('looks past an occurrence that is not as written to one that is', () => {
    expect(holds('협력사 기사님인데 사기 아닌가요', '사기')).toBe(true);
  });
});

describe('withKeyboardSlipsRead: Korean typed with the keyboard in English mode', () => {
  it('reads a slip as the Korean it spells, beside Korean and Latin names', () => {
    expect(withKeyboardSlipsRead('gkstlrksWo rltk dks wkqgudy')).toBe('한시간째 기사 안 잡혀요');
    expect(withKeyboardSlipsRead('Kakao T 앱에서 qowjd 안돼요')).toBe('Kakao T 앱에서 배정 안돼요');
  });

  it('leaves an English text alone, though its short words spell Hangul (the → 솓, for → 랙)', () => {
    const english = "I'm still waiting for a driver to be matched. Can I cancel the request now?";
    expect(withKeyboardSlipsRead(english)).toBe(english);
  });
});

describe('the tone cues of the shared vocabulary', () => {
  it('are all letters or digits somewhere: a cue of punctuation only folds to nothing and is never read (put it in repeatedPunctuation)', () => {
    const cues = [...VOCABULARY.tone.complaint, ...VOCABULARY.tone.failure, ...VOCABULARY.tone.worry, ...VOCABULARY.tone.limit];
    expect(cues.filter((cue) => foldWords(cue).text === '')).toEqual([]);
  });
});
