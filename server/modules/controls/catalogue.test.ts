import { describe, expect, it } from 'vitest';
import {
  allRequirements,
  annexAThemes,
  frameworkOf,
  frameworks,
  requirementById,
} from '../../catalog/controls/index.ts';

describe('control catalogue', () => {
  const annexA = frameworkOf('iso27001_2022').requirements;

  it('ships all 93 Annex A controls with unique ids and their official numbers in four themes', () => {
    expect(annexA).toHaveLength(93);
    expect(new Set(annexA.map((r) => r.id)).size).toBe(93);
    const byTheme = Object.fromEntries(
      annexAThemes.map((theme) => [theme, annexA.filter((r) => r.theme === theme)]),
    );
    const numbers = (clause: number, count: number) =>
      Array.from({ length: count }, (_, i) => `${clause}.${i + 1}`);
    expect(byTheme.organisational?.map((r) => r.code)).toEqual(numbers(5, 37));
    expect(byTheme.people?.map((r) => r.code)).toEqual(numbers(6, 8));
    expect(byTheme.physical?.map((r) => r.code)).toEqual(numbers(7, 14));
    expect(byTheme.technological?.map((r) => r.code)).toEqual(numbers(8, 34));
    for (const control of annexA) expect(control.id).toBe(`A.${control.code}`);
  });

  it('has unique requirement ids across frameworks and Danish and English text for every one', () => {
    const ids = allRequirements.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const requirement of allRequirements) {
      expect(requirement.title.da.trim().length, requirement.id).toBeGreaterThan(3);
      expect(requirement.title.en.trim().length, requirement.id).toBeGreaterThan(3);
      if (requirement.guidance) {
        expect(requirement.guidance.da.length, requirement.id).toBeGreaterThan(10);
        expect(requirement.guidance.en.length, requirement.id).toBeGreaterThan(10);
      }
    }
    for (const framework of frameworks) {
      expect(framework.name.da && framework.name.en).toBeTruthy();
      expect(framework.source.da && framework.source.en).toBeTruthy();
    }
  });

  it('ships NIS2 Art. 21(2) a–j, GDPR Art. 32(1) a–d and (2), nine clinic recommendations and four basic measures', () => {
    expect(frameworkOf('nis2_art21').requirements.map((r) => r.id)).toEqual(
      'abcdefghij'.split('').map((letter) => `NIS2.${letter}`),
    );
    expect(frameworkOf('gdpr_art32').requirements.map((r) => r.code)).toEqual([
      'Art. 32(1)(a)',
      'Art. 32(1)(b)',
      'Art. 32(1)(c)',
      'Art. 32(1)(d)',
      'Art. 32(2)',
    ]);
    expect(frameworkOf('clinic_nine').requirements).toHaveLength(9);
    expect(frameworkOf('clinic_nine').requirements.every((r) => r.guidance)).toBe(true);
    expect(frameworkOf('cyberforsvar').requirements).toHaveLength(4);
  });

  it('maps every requirement outside Annex A to at least one existing Annex A control', () => {
    for (const requirement of allRequirements.filter((r) => r.frameworkId !== 'iso27001_2022')) {
      expect(requirement.annexA.length, requirement.id).toBeGreaterThan(0);
      for (const target of requirement.annexA) {
        expect(requirementById(target)?.frameworkId, `${requirement.id} -> ${target}`).toBe('iso27001_2022');
      }
      expect(new Set(requirement.annexA).size, requirement.id).toBe(requirement.annexA.length);
    }
    for (const control of annexA) expect(control.annexA).toEqual([]);
  });
});
