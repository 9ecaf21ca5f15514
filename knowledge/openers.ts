import type { OpenerKind } from './faq-types';

/**
 * Empathy openers the panel puts before an answer, by kind. Team leads edit these phrasings;
 * the first of each kind is the default.
 */
export const OPENERS: Record<OpenerKind, string[]> = {
  호응: ['문의해 주셔서 감사합니다.', '네, 고객님. 문의하신 내용 안내해 드리겠습니다.'],
  공감: ['걱정되셨을 마음 충분히 이해합니다.', '많이 당황하셨을 것 같아요.'],
  양해: ['이용에 참고 부탁드리며, 너그러운 양해 부탁드립니다.', '번거로우시겠지만 양해 부탁드립니다.'],
  사과: ['먼저, 서비스 이용에 불편을 드려 죄송합니다.', '기다리시게 해서 정말 죄송합니다.'],
};
