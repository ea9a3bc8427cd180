import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN, slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Pentagon Says Air Defences Will Arrive', 'pentagon-says-air-defences-will-arrive'],
    ["Minister's Visit: Talks Resume — Again!", 'ministers-visit-talks-resume-again'],
    ['Zürich and Besançon', 'zurich-and-besancon'],
    ['  --  ', ''],
    ['Пентагон обещает ПВО до зимы', 'pentagon-obeshchaet-pvo-do-zimy'],
    ['Съезд: объём жёлтых щитов', 'sezd-obyom-zhyoltykh-shchitov'],
    ['Azərbaycan və Gürcüstan şirkətləri ığdır', 'azerbaycan-ve-gurcustan-sirketleri-igdir'],
    ['İlham ƏLİYEV Çağırış Şuşa Öz', 'ilham-eliyev-cagiris-susa-oz'],
  ])('%s → %s', (headline, slug) => {
    expect(slugify(headline)).toBe(slug);
  });

  it('cuts long headlines at a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(SLUG_PATTERN);
  });
});
