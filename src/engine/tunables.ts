/**
 * Every tuned value of the reading pipeline, by stage, each with what it separates and what it was
 * measured on. Stage code reads them from here and holds no bare thresholds of its own. "Tuning sets" are
 * printed and handwritten sets made like the bench's with other seeds (`npm run bench:engine -- --seed S`),
 * kept apart from the sets the benchmark reports (docs/benchmarks.md).
 */
export const TUNABLES = {
  budget: {
    /** Larger images are reduced to this many pixels, and no enlargement goes past it: a screen is 2–8 MP and reading scales with area. */
    maxPixels: 4_000_000,
    /** Below this side, in pixels, no digit fits. */
    minSide: 4,
    /** Beyond this many glyph candidates the image is noise or a page of text: the largest are read. */
    maxPieces: 400,
    /** The model reads at most this many glyphs at a time: the wasm heap, which never shrinks, then holds one
     *  batch's activations (a few MB) however many glyphs an image has; larger batches were no faster. */
    batchSize: 64,
    /** At most this many cut parts and merges go to the second look (a page of text proposed 4,110). */
    maxProposals: 512,
    /** The pool keeps at most this many bytes of plane-sized arrays between reads (pool.ts): a 4-megapixel read borrows 60-70 MB. */
    keepBytes: 160 * 2 ** 20,
  },
  ink: {
    /** Below this contrast (0–1) between ink and background there is nothing to read: the faintest text pages
     *  use (#e9ecef or #e7f1ff on white, outlined buttons' fill colours as text) is 0.06-0.08 from its ground. */
    minContrast: 0.06,
    /** Below this contrast at the percentile, the image may be a few numbers on an empty page (sparseInk). */
    sparseBelow: 0.12,
    /** The contrast is the ink at this percentile: a few hot pixels (JPEG ringing) do not set the gain. */
    contrastPercentile: 0.998,
    /** ... or, where less of the image than that is ink (one number on a screenful), what this many pixels reach:
     *  the strokes of one small digit. Under it a 1920x1080 screenshot with one 28 px number read as blank. */
    sparseInk: 64,
    /** Border luminance spread above which the background is uneven (gradient, photo) and the top-hat flattens it. */
    unevenBackground: 0.06,
    /** A hue gradient at one brightness (blue to purple) is uneven from half that colour distance on. */
    unevenHue: 0.03,
    /** On an uneven background, luminance this far from the median counts as a dark or light outlier when picking polarity. */
    polarityMargin: 0.15,
    /** The top-hat window is at least this wide (wider than any stroke) and half the crop's shorter side. */
    minBackgroundWindow: 9,
    /** The background colour is the median of a border ring this many pixels deep. */
    borderRing: 2,
    /** From this window on the top-hat opens a half-size copy: a background wider than any stroke varies too slowly for the finer grid to matter (0.33–0.40x the time; the 1,800 bench and tuning images read the same numbers). */
    halvedTopHatFrom: 15,
  },
  layers: {
    /** A blob takes in pixels down to this share of the Otsu level: the blended edge of a fill belongs to it. */
    shapeShare: 0.5,
    /** Blobs smaller than this (px) each way are glyph parts, never containers. */
    minSide: 8,
    /** An outline is a ring: ink in at most this share of its box (a filled pill has most of its box). */
    outlineFill: 0.5,
    /** ... around a shape at least this share of its height (a speck of noise in a counter is no text; a card's
     *  label and padding leave its number under a fifth of the card's height). */
    enclosedHeight: 0.1,
    /** ... or one shape this many times as wide as tall (glyphs run together): no glyph's counter holds one. */
    runTogether: 1.6,
    /** Text a blob bounds on three sides only (a card's shadow, lit from above) is at most this share of its height. */
    openTextHeight: 0.6,
    /** Holes and inner shapes this small (px), or under this share of the blob's height, are not glyphs. */
    minHoleSide: 3,
    holeHeight: 0.15,
    /** A second colour is this far (RMS, 0–1) from every blend of the blob's fill and the layer under it ... */
    secondColour: 0.2,
    /** ... in at least this many pixels and this share of the blob (a glyph's JPEG ringing is neither). */
    minSecondPixels: 12,
    secondShare: 0.04,
    /** A container's inside needs this contrast against its fill. */
    minContrast: 0.12,
    /** The rim: up to this many px along a blob's outer edge, where its fill blends into the layer under it ... */
    rimWidth: 2,
    /** ... or this many where the fill is crisp: this share of its edge pixels lie under `blend` of the way from the fill to the layer under it. */
    minRim: 1,
    crispShare: 0.8,
    blend: 0.1,
    /** Containers nest this deep (a field on a card on a page). */
    maxDepth: 2,
    /** The blobs looked at cover at most this many times the image's pixels between them (their boxes may overlap). */
    maxWork: 4,
    /** With this many blobs the image is mostly text, and its glyphs' height (this quantile of the blobs') is known ... */
    manyShapes: 64,
    textQuantile: 0.75,
    /** ... and a container is taller than the text on it by this factor at least: the glyphs are never looked at. */
    containerOverText: 1.25,
    /** Text on a container clears its edge above and below by this share of the text's height. */
    margin: 0.12,
    /** A glyph's strokes are at most this deep (half their width, less the pixel itself) for their height; a counter read against its glyph is a solid oval, deeper. */
    strokeDepth: 0.2,
    /** Text on a container has a shape that fills at most this share of its row and column spans; a glyph's counters are convex (about 1). */
    convex: 0.85,
    /** Two shapes are side by side when they share under this share of the narrower's columns ... */
    besideOverlap: 0.3,
    /** ... and at least this share of the shorter's rows. */
    lineOverlap: 0.5,
    /** An outline around this many cells or more is a grid (squared paper, a table), not a container's. */
    gridCells: 4,
  },
  words: {
    /** Glyphs closer than this share of their height are one word (a word space is a quarter em, about a third of a digit's height). */
    wordGap: 0.3,
    /** ... on one line: sharing this share of the shorter's rows. */
    lineOverlap: 0.6,
    /** A word is even (digits, capitals) when every glyph's top and bottom are within this share of its height of the word's. */
    evenTolerance: 0.12,
    /** Full height is this quantile of the words' tallest glyphs (ascenders and capitals) ... */
    fullHeightQuantile: 0.75,
    /** ... and a number stands at least this share of it; a word of x-height letters alone ("same") about two thirds. */
    fullHeight: 0.85,
  },
  lines: {
    /** A line is thin across: at most this share of the text height (a 2x underline is 4 px on 24 px digits) ... */
    thickness: 0.2,
    /** ... or this many px, whichever is more; through the middle half of a crop of one line of text (this many
     *  text heights high at most), where strike-throughs run, up to `strikeThickness` of the text height. */
    minThickness: 2,
    oneLine: 1.6,
    strikeThickness: 0.3,
    /** A horizontal line runs longer than this many text heights: no glyph, and no two, are that wide. */
    horizontalLength: 2.5,
    /** A vertical line runs taller than this many text heights: a handwritten 1 overshoots the text height, never twice. */
    verticalLength: 2,
    /** Slopes (px across per px along) a line is followed at: level and up to about 4° either way, close enough
     *  together that a 1 px rule between two of them stays on one for over 130 px. */
    slopes: [0, 0.015, -0.015, 0.03, -0.03, 0.045, -0.045, 0.06, -0.06, 0.075, -0.075],
    /** Tilted lines are followed at full size in regions up to this many pixels (the dev sets' largest: 0.39 MP), at half size past it. */
    tiltedRegion: 1_000_000,
    /** Touching a line's pixels, a pixel on a run this share as long is the line's too (lines.ts lineMask). */
    edgeLength: 0.5,
    /** A band this many px deeper than the usual is still the line: blur and JPEG thicken a rule in places. */
    depthSlack: 1,
    /** Tilted lines are followed only where half resolution shows a run this share of half their length. */
    halfSizeShare: 0.7,
    /** Lines are tilted when some run at a slope is this many times the longest level one. */
    tiltedOverLevel: 1.2,
    /** In a crop held in one grid, a rule across this share of it is a line. */
    gridSpan: 0.6,
    /** Ink down to this share of the line threshold counts towards a line where it lies in a band no deeper than one. */
    faintShare: 0.5,
  },
  dashes: {
    /** A dash is at least this many times as long along its rule as it is thin across it (dots are punctuation) ... */
    elongation: 1.8,
    /** ... and no longer than this many text heights. */
    maxLength: 1,
    /** ... and at most this share of the text height across: a 2 px border round 13 px text is a third of it. */
    thickness: 0.35,
    /** At least this many dashes in a row make a rule ("- -" is two minus signs). */
    minDashes: 3,
    /** Dashes of one rule: centres and thicknesses within this many px, lengths and steps within this share. */
    centreSlack: 2,
    sizeSlack: 0.35,
    /** Gaps between the dashes of a rule are at most this many text heights. */
    maxGap: 1,
  },
  scale: {
    /** Small text is enlarged until it is about this tall: glyphs end up 20 px in the model's input; 48 and 32 read the bench no better than 24. */
    targetTextHeight: 24,
    /** ... but never more than this (a page of 1 px noise would be enlarged without end). */
    maxUpscale: 4,
    /** An enlargement below this changes nothing the threshold sees but costs a resampling and a second pass. */
    minUpscale: 1.25,
    /** A plane is resampled only when the factor (after the pixel budget) exceeds this. */
    resampleAbove: 1.05,
  },
  threshold: {
    /** Otsu's level is at least this: on a plane of faint noise alone it would pick the noise. */
    otsuFloor: 0.25,
    /** Hysteresis: ink down to this share of the level, in components that reach the level (a Didone 0's hairline at 13 px). */
    weakShare: 0.75,
  },
  segment: {
    /** A component this thin (px) on its short side, or this many times as long as wide, is a line. */
    lineThickness: 2,
    lineAspect: 10,
    /** Components shorter than this share of the tallest, or than `minTextHeight` px, are not counted in the text height. */
    textHeightFloor: 0.35,
    minTextHeight: 3,
    /** The text height is this quantile of component heights (the median was pulled down by broken handwritten strokes). */
    textHeightQuantile: 0.75,
    /** A speck is under this share of the text height both ways, with under `speckArea` of its square. */
    speckSide: 0.3,
    speckArea: 0.05,
    /** A rule: wider than this many text heights and flatter than `ruleThinness` ... */
    ruleLength: 3,
    ruleThinness: 0.3,
    /** ... or taller than this many text heights and narrower than `poleThinness` (a table border). */
    poleLength: 2.5,
    poleThinness: 0.25,
    /** A line taller than this many text heights is a rule even when not thin for its size. */
    tallLine: 1.5,
    /** A frame spans this share of the crop both ways, with ink in under `frameFill` of its box. */
    frameSpan: 0.9,
    frameFill: 0.25,
    /** A sliver cut by the crop's edge has less ink than this share of the text height's square. */
    edgeSliverArea: 0.02,
    /** Stacked pieces of one glyph share half the narrower's columns, stand less than `stackGap` apart and together are at most `stackHeight` tall. */
    stackOverlap: 0.5,
    stackGap: 0.35,
    stackHeight: 1.5,
    /** A speck joins a piece at least this wide (text heights): the faint bar of a handwritten 7 came apart into specks. */
    speckHostWidth: 0.25,
    /** ... when together they are at most this tall (handwriting's heights vary around the typical one). */
    speckMergedHeight: 1.1,
  },
  classify: {
    /** Below this top probability a glyph is read again, nudged a pixel in eight directions (handwritten tuning set: 25 of 32 misreads were below 0.9). */
    unsureBelow: 0.95,
    /** ... unless it is this likely not a digit: nudging a letter or an icon does not make it one. */
    secondLookNotDigit: 0.8,
    /** At most this many glyphs of one batch are read again, the least sure first: a page of text stays bounded. */
    maxSecondLooks: 32,
    /** A whole piece read this surely is one digit: no cuts are tried, and it may settle the reading. */
    sure: 0.9,
    /** Below this height in the input's own pixels no font draws a legible digit (9 px text has ~6.5 px digits). */
    minDigitHeight: 5,
    /** Below this share of the text height a piece is short: more likely a fragment than a digit (half a broken handwritten 1 read as a sure 8). */
    short: 0.6,
  },
  settle: {
    /** An unsure piece this much taller than the number could outrank it. */
    taller: 1.1,
  },
  cut: {
    /** Printed digits are 0.45–0.7 as wide as tall, handwriting up to ~0.9: a piece this wide may be several. */
    splitAspect: 0.78,
    /** A digit's usual width over height, for guessing how many a piece holds. */
    digitAspect: 0.6,
    /** Small text enlarged and thresholded comes out with fat digits, near this. */
    wideDigitAspect: 0.8,
    /** The most parts a piece is cut into. */
    maxParts: 6,
    /** The expected length is tried as a count when the parts would be this wide on average (a 'w' cut in five read as five 1s). */
    expectedAspectMin: 0.5,
    expectedAspectMax: 1,
    /** How strongly a cut is held to its even position against the least-ink column (10 px text blurs the least ink to the search's edge). */
    pull: 0.2,
    /** A cut is searched for within the narrower neighbouring part's width over this. */
    searchDivisor: 3,
    /** A proportional 1 is about half as wide as other digits: each part is also tried this narrow. */
    narrowOne: 0.45,
    /** Free cuts (at the profile's lowest points, wherever they fall): each part at least `freePart` of the height wide; a low point is the least ink within `freeWindow` columns; the `freeLows` lowest are tried; two parts in a piece up to `freeTwoMax` heights wide, three from `freeThreeMin`. */
    freePart: 0.3,
    freeWindow: 2,
    freeLows: 5,
    freeTwoMax: 2.2,
    freeThreeMin: 1.1,
    /** Slants tried for italic text (horizontal pixels per vertical pixel). */
    slants: [0.1, 0.2, 0.3] as readonly number[],
    /** A straight cut is also tried as a seam winding this share of the piece's height either side of it (overlapping handwritten digits). */
    seamReach: 0.3,
    /** A seam's cost per step sideways, and for straying its whole reach from the cut, in units of one pixel of full ink. */
    seamStep: 0.05,
    seamPull: 0.5,
    /** Each part between seams stands this share of the piece's height at least (a seam can part a slanted 8 at its waist). */
    seamPartHeight: 0.6,
    /** A piece under this share of the text's height, this many times as wide as tall and filling this share of its box is a bar, never cut. */
    barHeight: 0.6,
    barAspect: 2,
    barFill: 0.75,
    /** A part's rows hold ink above this, and span at least `minPartHeight` of the piece. */
    partInk: 0.3,
    minPartHeight: 0.2,
  },
  letters: {
    /** Pieces are of one height within this ratio. */
    sameHeight: 0.85,
    /** Letters of a word stand closer than this share of their height, ... */
    gap: 0.4,
    /** ... and are at most this many times as wide as the digits of their height (an H is about 1.2). */
    width: 1.3,
    /** A piece's neighbours are looked for among this many pieces next to it by left edge, each way. */
    lookAround: 6,
  },
  choose: {
    /** In a piece this many times as wide as tall (clearly several glyphs) a cut's part may read as a digit only this surely: the thin 1 of a 10 px "28175" carries a sliver of its neighbour. */
    manyWide: 1.3,
    partFloor: 0.3,
    /** In a narrower piece every part must read at least this surely: the halves of a '#' read as 7s at 0.98 and 0.73 (costs a Comfortaa "71" of 1,000 tuning images). */
    narrowFloor: 0.8,
    /** A sign run into a number's end ($4) is a cut's part no wider than this share of its height. */
    signWidth: 0.8,
    /** A cut must beat the whole piece's confidence by this to be chosen. */
    splitMargin: 0.1,
    /** A cut along winding seams counts at this share of its score. */
    seamWeight: 0.97,
    /** A short piece counts at this share of its confidence when weighed against a merge. */
    shortWeight: 0.5,
    /** A merge reading at least this surely is offered to fitLength (two sure strokes that may be one 0). */
    mergePlausible: 0.5,
    /** An apostrophe starts, and a comma or dot ends, within this share of a digit's height of its top or baseline. */
    markEdge: 0.1,
    /** A merge is taken outright when it reads this much surer than its parts' geometric mean. */
    mergeMargin: 0.1,
  },
  merge: {
    /** Two pieces closer than this share of the text height may be one glyph (the sides of a Didone 0 at 36 px stand 0.15 apart). */
    maxGap: 0.2,
    /** A piece narrower than this share of its height is a bare stroke. */
    stroke: 0.4,
    /** A merged piece wider than this share of its height is two glyphs (handwritten 4s reach ~1.1). */
    maxAspect: 1.15,
    /** ... or taller than this many text heights. */
    maxHeight: 1.4,
    /** A piece under this share of its neighbour's height, starting below the neighbour's middle and
     *  beside it rather than under it, is a comma or a dot after a digit, not a broken stroke. */
    markHeight: 0.45,
    markBeside: 0.3,
    /** High beside it, only an upright stroke is an apostrophe: a handwritten 5's detached flag lies flat. */
    markUpright: 1.2,
    /** A low mark ends within this share of the digit's height of its bottom: on or below the baseline, less the
     *  faint end of a comma's tail that enlarged small text loses at the threshold. */
    markBaseline: 0.15,
    /** A bar this many times as wide as tall at mid height, wholly beside the digit, is a minus. */
    markBar: 1.5,
  },
  columns: {
    /** A column's numbers of this many integer digits or more are written in one form (grouped with spaces or not) ... */
    longDigits: 5,
    /** ... when at least `majority` of them agree and the odd ones are at most one in `oddShare` of those. */
    majority: 2,
    oddShare: 2,
  },
  layout: {
    /** A glyph reaching this share of the digits' height (and `reachPixels`) past both their tops and their baseline is a sign ($) or a bracket, ... */
    reach: 0.08,
    reachPixels: 2,
    /** ... among at least `reachDigits` others on its line, print: `reachShare` of them one height give or take `reachEven` of it (and a pixel). */
    reachDigits: 2,
    reachEven: 0.1,
    reachShare: 0.8,
    /** A letter in a word (words.ts) stands at least this share of the word's tallest digit (a comma or a dot is no letter). */
    letterHeight: 0.5,
    /** Glyphs share a line when they overlap by half the shorter one's height. */
    lineOverlap: 0.5,
    /** Digits of one printed number are closer than this many glyph heights (a word space is ~0.5). */
    maxGap: 0.45,
    /** ... and a gap this many times the run's usual one splits it (handwriting's gaps are wide and uneven). */
    gapOutlier: 2.5,
    /** Old-style figures differ in height by up to ~40%: only a bigger change is another size of text. */
    sameSize: 0.5,
    /** A piece at most this many heights away, or `nearSpacing` times the digits' spacing, is beside them. */
    nearHeight: 0.3,
    nearSpacing: 1.5,
    /** A "not a digit" piece inside a number is of its digits' height within these shares. */
    insideMin: 0.6,
    insideMax: 1.3,
    /** A separator (thin space, dot, comma) is at most this wide, in glyph heights ... */
    maxSeparatorGap: 1.2,
    /** ... or at most this many times the median gap between the two groups' own digits. */
    joinSpacing: 3.5,
    /** Marks between two joined groups are below this share of their height (a dot, not a letter). */
    smallMark: 0.5,
    /** Two joined groups are at least this share of the taller's height. */
    joinHeight: 0.75,
    /** A too-long group is cut at its widest gap when that is this much wider than the next ... */
    widestOverNext: 1.2,
    /** ... and this many times the median of the others (a DIN 1's side bearings made a near tie). */
    widestOverUsual: 2,
    /** A group's prominence counts at this plus its least confidence: surety weighs, size still leads. */
    suretyBase: 0.5,
    /** A group this many digits off the expected length still counts (a missed digit is easier to fix than nothing). */
    lengthSlack: 1,
  },
  marks: {
    /** A dot, comma or apostrophe is at most this share of the digits' height wide (and a dot as tall). */
    dotSide: 0.35,
    /** A dot or comma starts below this share of the digits' height from their top ... */
    lowTop: 0.5,
    /** ... a dot ends no lower than this share of the height below their baseline; a comma may. */
    dotBelow: 0.06,
    /** ... or is this many times as tall as wide (or `commaLean` times, and reaches below the baseline). */
    commaAspect: 1.5,
    commaLean: 1.15,
    /** Sure of a comma at this many times as tall as wide or this share below the baseline; of a dot at most
     *  `dotSure` times as tall as wide and at most `dotSureBelow` below it. Between them, the locale decides. */
    commaSure: 1.8,
    commaSureBelow: 0.15,
    dotSure: 1.1,
    dotSureBelow: 0.03,
    /** A comma or apostrophe is at most this share of the digits' height tall. */
    commaHeight: 0.6,
    /** An apostrophe starts above this share from the digits' top and ends above `highBottom`. */
    highTop: 0.2,
    highBottom: 0.55,
    /** A minus or hyphen: at most this thick (share of the height), this many times as wide as thick ... */
    barThickness: 0.3,
    barAspect: 1.5,
    /** ... this wide (shares of the height) ... */
    barMin: 0.2,
    barMax: 1.1,
    /** ... with its middle between these shares of the height from the digits' top (plus signs too). */
    barFrom: 0.25,
    barTo: 0.8,
    /** A plus sign's sides, as shares of the digits' height. */
    plusMin: 0.3,
    plusMax: 1.0,
    /** The cross test: the stem and the bar are the columns and rows with this share of the fullest one's ink,
     *  at most `crossBand` of the side wide, crossing inside the middle (`crossCentre` from each edge) ... */
    crossBandShare: 0.6,
    crossBand: 0.45,
    crossCentre: 0.25,
    /** ... the fullest reaching across this share of the side, with at most `crossCornerInk` of the corners inked. */
    crossFull: 0.85,
    crossCornerInk: 0.08,
    /** A percent sign is at least this share of the digits' height and at most `percentAspect` times as
     *  wide as tall; its two rings' holes each under `ringArea` of its box, their centres this far from its middle both ways. */
    percentHeight: 0.7,
    percentAspect: 1.25,
    ringArea: 0.1,
    ringOffset: 0.08,
    /** A percent sign in pieces: rings at most this share of the slash's height, within `ringGap` of its height of it. */
    ringHeight: 0.65,
    ringGap: 0.15,
    /** A hole counts from this share of the box's area and `holeMin` pixels; shapes are tested from this many pixels a side. */
    holeArea: 0.004,
    holeMin: 2,
    shapeMinSide: 5,
    /** ... up to this many text heights a side. */
    shapeMaxSide: 2.5,
    /** A sign before or after a number is at most this many digit heights from it, and reaches at most
     *  `signOverlap` heights over its first or last digit's box. */
    signGap: 0.8,
    /** Specks farther than this many text heights from every piece read are not looked at (marks.ts): the farthest reach of a sign is `signGap` and a digit's step. */
    speckReach: 3,
    signOverlap: 0.25,
    /** Groups on a line join across a separator mark at most this many digit heights wide, or this many
     *  times the digits' pitch (a monospaced font gives the mark a whole cell), up to `markMax` heights ... */
    markGap: 1.0,
    markPitch: 1.7,
    markMax: 1.6,
    /** ... and tight on both sides: at most this share of the height from either group, or this many times
     *  their usual gap (a monospaced font's cells leave wide ones). */
    markTight: 0.5,
    markTightOverUsual: 3.5,
    /** ... and as close to one as to the other: neither side more than this many times the other plus this share of the height. */
    markEven: 2,
    markEvenSlack: 0.15,
    /** ... or across a space as wide (in heights, or times the pitch, up to `spaceMax`), when they group thousands. */
    spaceGap: 0.65,
    spacePitch: 1.4,
    spaceMax: 1.2,
    /** Inside a number, a gap wider than this share of the height and `spaceOverUsual` times the usual gap is a space. */
    spaceInside: 0.25,
    spaceOverUsual: 2,
    /** ... and the step across it (centre to centre) this many times the usual step. */
    spacePitchInside: 1.25,
    /** A digit under this share of the number's median width (a proportional 1) is narrow. */
    narrowDigit: 0.6,
    /** ... in print only: digits this close (share of the height) to each other, in the lower quartile of their gaps (wide-tracked and monospaced type reach 0.25; a hand is wider). */
    printSpacing: 0.3,
    /** Thousands split by thin spaces: every third gap from the right wider than this many times the run's widest
     *  other gap, and than their median by this share of the height (a thin space is an eighth of an em or more). */
    groupOverOthers: 1,
    groupWider: 0.1,
    /** ... by this share where the page's language groups with spaces (fr), and by `groupWiderMarked` where it groups with marks (de, en). */
    groupWiderSpaced: 0.05,
    groupWiderMarked: 0.2,
    /** ... and lies within this share of the height above the digits' top and below their baseline. */
    markAbove: 0.2,
    markBelow: 0.4,
    /** A candidate mark with this share of its box in a digit's is that digit (a piece) or passed over (a speck). */
    pieceInside: 0.5,
    speckInside: 0.9,
    /** A digit below this share of the number's height that starts in its lower half is a comma or a dot. */
    lowDigit: 0.6,
  },
  fit: {
    /** An edge digit shorter than this share of the number's height is more likely a stray mark ... */
    strayHeight: 0.75,
    /** ... or one read less surely than this ... */
    strayConfidence: 0.5,
    /** ... or one that reaches past the others' top and bottom both by this share of their height (the bar of a $). */
    overshoot: 0.06,
    /** How far a glyph beside the number may reach over its first or last digit, as a share of its height (Jura's 6 over its 4). */
    overhang: 0.2,
    /** The number's pieces are read another way only when that reads this much likelier (a natural log of the confidences' product). */
    rescoreMargin: 0.7,
  },
} as const;
