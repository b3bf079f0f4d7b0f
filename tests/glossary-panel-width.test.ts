import { describe, expect, it } from 'vitest';
import { clampGlossaryWidth, glossaryPanelMode, MIN_GLOSSARY_WIDTH, MIN_GRID_WIDTH } from '../renderer/src/panels/glossary/use-glossary-width';

describe('glossary panel width', () => {
  it('sits beside the grid from 1200 px, over it below', () => {
    expect(glossaryPanelMode(1440)).toBe('side');
    expect(glossaryPanelMode(1200)).toBe('side');
    expect(glossaryPanelMode(1199)).toBe('overlay');
    expect(glossaryPanelMode(1024)).toBe('overlay');
  });

  it('never takes the grid below its minimum beside it, nor goes below its own minimum', () => {
    expect(clampGlossaryWidth(2000, 1440)).toBe(1440 - MIN_GRID_WIDTH);
    expect(clampGlossaryWidth(100, 1440)).toBe(MIN_GLOSSARY_WIDTH);
    expect(clampGlossaryWidth(400, 1440)).toBe(400);
    // Overlay: up to the window less a margin, so the grid's edge still shows.
    expect(clampGlossaryWidth(2000, 1024)).toBe(984);
    expect(clampGlossaryWidth(340, 1024)).toBe(340);
  });
});
