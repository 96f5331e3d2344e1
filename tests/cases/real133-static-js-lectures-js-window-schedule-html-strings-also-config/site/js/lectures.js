/* INFO 474 · Spring 2025 · the schedule.
 * Rendered by render.js into schedule.html. Keep weeks in order.
 * readings: HTML strings or {text, href}; also: {text, href} (shown as "Also recommended")
 * slides: file name under CONFIG.slidesBase
 */
window.SCHEDULE = [
  {
    week: 1,
    sessions: [
      {
        date: 'Tue Apr 1',
        topic: 'Introduction: why visualize?',
        readings: [
          'Heer, Bostock &amp; Ogievetsky. <a href="https://queue.acm.org/detail.cfm?id=1805128">A Tour through the Visualization Zoo</a>. CACM 2010.',
        ],
        also: [
          {text: 'The Value of Visualization', href: 'https://ieeexplore.ieee.org/document/1532781'},
        ],
        slides: 'L01-intro.pdf',
      },
      {
        date: 'Thu Apr 3',
        topic: 'Data and image models',
        readings: [
          'Munzner, <i>Visualization Analysis and Design</i>, <a href="https://canvas.uw.edu/courses/1789012/files/118842301">ch. 2</a>',
          {text: 'Bertin, Semiology of Graphics (excerpt)', href: 'https://canvas.uw.edu/courses/1789012/files/118842355'},
        ],
        slides: 'L02-data.pdf',
      },
    ],
  },
  {
    week: 2,
    sessions: [
      {
        date: 'Tue Apr 8',
        topic: 'Visualization design',
        readings: [
          'Munzner. A Nested Model for Visualization Design and Validation. InfoVis 2009. [<a href="https://ieeexplore.ieee.org/document/5290695">IEEE Xplore</a>] [<a href="https://www.cs.ubc.ca/labs/imager/tr/2009/NestedModel/NestedModel.pdf">pdf</a>]',
          '<a href="https://dl.acm.org/doi/10.1145/22949.22950">Automating the Design of Graphical Presentations of Relational Information</a> (Mackinlay, 1986) (optional)',
        ],
        slides: 'L03-design.pdf',
      },
      {
        date: 'Thu Apr 10',
        topic: 'Exploratory data analysis',
        readings: [
          '<a href="https://idl.cs.washington.edu/files/2012-EnterpriseDataAnalysis-VAST.pdf">Enterprise Data Analysis and Visualization: An Interview Study</a> (Kandel et al., VAST 2012)',
        ],
        also: [
          {text: 'Polaris: A System for Query, Analysis, and Visualization of Multidimensional Relational Databases', href: 'https://ieeexplore.ieee.org/document/981851'},
        ],
        slides: 'L04-eda.pdf',
        demo: 'https://observablehq.com/@uw-info474/eda-with-plot',
      },
      {
        date: 'Fri Apr 11',
        type: 'due',
        topic: 'A1: Visualization design due',
        link: 'https://canvas.uw.edu/courses/1789012/assignments/9912345',
      },
    ],
  },
  {
    week: 3,
    sessions: [
      {
        date: 'Tue Apr 15',
        topic: 'Graphical perception',
        readings: [
          {text: 'Graphical Perception: Theory, Experimentation, and Application to the Development of Graphical Methods', href: 'https://www.jstor.org/stable/2288400'},
          {text: 'Crowdsourcing Graphical Perception', href: 'https://dl.acm.org/doi/10.1145/1753326.1753357'},
        ],
        slides: 'L05-perception.pdf',
      },
      {
        date: 'Thu Apr 17',
        topic: 'Color',
        readings: [
          '<a href="https://blog.datawrapper.de/beautifulcolors/">How to pick more beautiful colors for your data visualizations</a> (Datawrapper blog)',
          '<b>Optional:</b> <a href="https://doi.org/10.1559/152304003100010929">ColorBrewer.org: An Online Tool for Selecting Colour Schemes for Maps</a>',
        ],
        slides: 'L06-color.pdf',
      },
    ],
  },
  {
    week: 4,
    sessions: [
      {
        date: 'Tue Apr 22',
        topic: 'Interaction',
        readings: [
          {text: 'Interactive Dynamics for Visual Analysis', href: 'https://queue.acm.org/detail.cfm?id=2146416'},
          {text: 'The Eyes Have It: A Task by Data Type Taxonomy for Information Visualizations', href: 'https://www.cs.umd.edu/~ben/papers/Shneiderman1996eyes.pdf'},
        ],
        slides: 'L07-interaction.pdf',
      },
      {
        date: 'Thu Apr 24',
        topic: 'Declarative visualization: D3 and Vega-Lite',
        guest: 'Dr. Mira Osei (Observable)',
        readings: [
          '<a href="https://idl.cs.washington.edu/files/2011-D3-InfoVis.pdf">D³: Data-Driven Documents</a> (InfoVis 2011)',
          '<a href="https://idl.cs.washington.edu/files/2017-VegaLite-InfoVis.pdf">Vega-Lite: A Grammar of Interactive Graphics</a> (InfoVis 2016)',
        ],
        demo: 'https://observablehq.com/@uw-info474/d3-intro',
      },
    ],
  },
  {
    week: 5,
    sessions: [
      {
        date: 'Tue Apr 29',
        topic: 'Uncertainty',
        readings: [
          'Correll &amp; Gleicher. Error Bars Considered Harmful: Exploring Alternate Encodings for Mean and Error. InfoVis 2014. [<a href="https://graphics.cs.wisc.edu/Papers/2014/CG14/Preprint.pdf">pdf</a>]',
          '<a href="https://idl.cs.washington.edu/files/2015-HOPs-PLOS.pdf">Hypothetical Outcome Plots Outperform Error Bars and Violin Plots</a> (Hullman et al., PLOS ONE 2015) (optional)',
        ],
        slides: 'L09-uncertainty.pdf',
      },
      {
        date: 'Thu May 1',
        topic: 'Midterm (in class)',
        readings: [],
        links: [{text: 'Practice midterm (Spring 2024)', href: 'exams/midterm-24sp.pdf'}],
      },
    ],
  },
  {
    week: 6,
    sessions: [
      {
        date: 'Tue May 6',
        topic: 'Evaluating visualizations',
        readings: [
          {text: 'Empirical Studies in Information Visualization: Seven Scenarios', href: 'https://ieeexplore.ieee.org/document/6095544'},
        ],
        also: [
          {text: 'Heer & Bostock, Crowdsourcing Graphical Perception (author PDF)', href: 'https://idl.cs.washington.edu/files/2010-MechanicalTurk-CHI.pdf'},
        ],
        slides: 'L10-evaluation.pdf',
      },
      {
        date: 'Thu May 8',
        topic: 'Narrative visualization',
        readings: [
          '<a href="https://vis.stanford.edu/files/2010-Narrative-InfoVis.pdf">Narrative Visualization: Telling Stories with Data</a> (Segel &amp; Heer, InfoVis 2010)',
          '<a href="https://dl.acm.org/doi/10.1145/1753326.1753716">Useful Junk? The Effects of Visual Embellishment on Comprehension and Memorability of Charts</a> (optional)',
        ],
        slides: 'L11-narrative.pdf',
      },
      {
        date: 'Fri May 9',
        type: 'due',
        topic: 'A3: Interactive visualization due',
        link: 'https://canvas.uw.edu/courses/1789012/assignments/9912377',
      },
    ],
  },
  {
    week: 7,
    sessions: [
      {
        date: 'Tue May 13',
        topic: 'Final project design review',
        readings: [],
        links: [{text: 'Sign up for a review slot', href: 'https://docs.google.com/spreadsheets/d/1Qe4vT8yHn2LxR0pWb6cJmKs3fDg9aZoU7iNrE5tYhBw/edit'}],
      },
      // {date: 'Thu May 15', topic: 'Visualization for machine learning', readings: []},  // TBD
    ],
  },
];

window.SCHEDULE_UPDATED = 'Apr 20, 2025';
