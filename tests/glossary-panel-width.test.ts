import { describe, expect, it } from 'vitest';
import { clampGlossaryWidth, glossaryPanelMode, maxGlossaryWidth, MIN_GLOSSARY_WIDTH, MIN_GRID_WIDTH } from '../renderer/src/panels/glossary/use-glossary-width';

describe('glossary panel width', () => {
  it('sits beside the grid from 980 px (1024 included), over it below', () => {
    expect(glossaryPanelMode(1440)).toBe('side');
    expect(glossaryPanelMode(1024)).toBe('side');
    expect(glossaryPanelMode(980)).toBe('side');
    expect(glossaryPanelMode(979)).toBe('overlay');
    expect(glossaryPanelMode(800)).toBe('overlay');
  });

  it('never takes the grid below its minimum beside it, nor goes below its own minimum', () => {
    expect(clampGlossaryWidth(2000, 1440)).toBe(1440 - MIN_GRID_WIDTH);
    expect(clampGlossaryWidth(100, 1440)).toBe(MIN_GLOSSARY_WIDTH);
    expect(clampGlossaryWidth(400, 1440)).toBe(400);
    // Beside the grid in a narrow window: the panel keeps its minimum, the grid the rest.
    expect(clampGlossaryWidth(340, 1024)).toBe(MIN_GLOSSARY_WIDTH);
    expect(clampGlossaryWidth(2000, 1024)).toBe(MIN_GLOSSARY_WIDTH);
    // Overlay: up to the window less a margin, so the grid's edge still shows.
    expect(clampGlossaryWidth(2000, 900)).toBe(860);
    expect(clampGlossaryWidth(340, 900)).toBe(340);
  });

  it('has no room to widen beside the grid below 1160 px (the edge then cannot move), some from there', () => {
    expect(maxGlossaryWidth(1024)).toBe(MIN_GLOSSARY_WIDTH);
    expect(maxGlossaryWidth(1160)).toBe(MIN_GLOSSARY_WIDTH);
    expect(maxGlossaryWidth(1200)).toBe(1200 - MIN_GRID_WIDTH);
    expect(maxGlossaryWidth(1440)).toBe(540);
    expect(maxGlossaryWidth(900)).toBe(860);
  });
});
