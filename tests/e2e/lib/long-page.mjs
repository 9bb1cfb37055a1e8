// A long news page (10,000+ words) for the speed checks: paragraphs written
// for whosaid's tests, repeated with varied names, places and numbers.
const PEOPLE = [
  ['Marta Oyelaran', 'Oyelaran', 'the head of the regional water board'],
  ['Tomas Brekke', 'Brekke', 'a hydrologist at the state university'],
  ['Ines Vantongeren', 'Vantongeren', 'the mayor of the lower valley town'],
  ['Rafael Quintero', 'Quintero', 'a spokesman for the farmers\u2019 cooperative'],
  ['Hanna Lindqvist', 'Lindqvist', 'the utility\u2019s chief engineer'],
  ['Kofi Asante-Mensah', 'Asante-Mensah', 'a councillor who chairs the budget committee'],
];
const PLACES = ['Harrowgate', 'Millbrook', 'Eastfield', 'Caradon', 'Westerley', 'Pelham Ford'];

const PARAGRAPHS = [
  (p, q, place, n) => `The reservoir above ${place} fell to ${n} per cent of its capacity this week, the lowest level recorded since the dam was finished, and engineers have begun drawing water from the old intake tower for the first time in a generation.`,
  (p, q, place, n) => `\u201cWe are not yet in an emergency, but we are closer to one than at any point I can remember,\u201d said ${p[0]}, ${p[2]}. \u201cEvery household can help by cutting what it uses now, before we have to make the choice for them.\u201d`,
  (p, q, place, n) => `${p[1]} said the board would decide within ${n % 9 + 2} days whether to ban the watering of gardens and the filling of private pools across the district.`,
  (p, q, place, n) => `According to figures published by the board on Monday, demand in ${place} rose by ${n % 17 + 3} per cent during the heatwave, while rainfall over the catchment was less than half of the long-term average.`,
  (p, q, place, n) => `${q[0]}, ${q[2]}, told reporters that the forecasts gave little cause for comfort. The ground was so dry, ${q[1]} said, that even a week of steady rain would mostly soak into the soil rather than reach the river.`,
  (p, q, place, n) => `An official at the environment ministry, who spoke on condition of anonymity because the plans have not been announced, said the government was preparing emergency rules that would let utilities move water between regions.`,
  (p, q, place, n) => `Residents of ${place} have noticed the change. Queues formed outside the hardware store on Saturday as people bought rain barrels, and the local primary school has turned off its drinking fountains to save what it can.`,
  (p, q, place, n) => `\u201cThe pipes were laid when the town had a third of the people it has now,\u201d ${q[1]} said. \u201cWe lose almost one litre in five before it reaches a tap, and fixing that will take years and money we have not been given.\u201d`,
  (p, q, place, n) => `The farmers\u2019 cooperative said in a statement that its members had already cut irrigation by a quarter and warned that further limits would put the autumn harvest at risk.`,
  (p, q, place, n) => `${p[1]} acknowledged that the board had been slow to repair leaks, but argued that the real problem was the climate. The summers are longer and hotter, and the winters no longer refill the lakes, ${p[1]} added.`,
  (p, q, place, n) => `Some experts are less patient. A report commissioned by the council last spring concluded that the district could save ${n * 3} million litres a day by replacing its oldest mains, a finding the utility has disputed.`,
  (p, q, place, n) => `For now, the message from the board is simple. Use less, report leaks, and check the website each morning for the level of the reservoir, which the board has promised to publish daily until the rains return.`,
];

export function longPage(minWords = 10000) {
  const sections = [];
  let words = 0;
  let k = 0;
  while (words < minWords) {
    const p = PEOPLE[k % PEOPLE.length];
    const q = PEOPLE[(k + 3) % PEOPLE.length];
    const place = PLACES[(k * 5) % PLACES.length];
    const paras = PARAGRAPHS.map((f, i) => f(p, q, place, 11 + ((k * 7 + i * 3) % 60)));
    for (const t of paras) words += t.split(/\s+/).length;
    sections.push({ title: `${place}: day ${k + 1} of the shortage`, paras });
    k++;
  }
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = sections.map((s) => `<h2>${esc(s.title)}</h2>\n` + s.paras.map((t) => `<p>${esc(t)}</p>`).join('\n')).join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>The long dry summer: a diary of the valley's water shortage</title>
<link rel="stylesheet" href="/pages/news.css"></head>
<body>
<header class="masthead"><a class="logo" href="/">The Valley Courier</a>
<nav class="sections" aria-label="Sections"><ul><li><a href="/news">News</a></li><li><a href="/weather">Weather</a></li><li><a href="/farming">Farming</a></li></ul></nav></header>
<main class="layout"><article class="story"><h1>The long dry summer: a diary of the valley\u2019s water shortage</h1>
<p class="byline">By the Courier\u2019s staff</p>
<div class="story-body">
${body}
</div></article>
<aside class="rail"><h2>Latest</h2><ul><li><a href="/x">Council approves new bus routes</a></li><li><a href="/y">Library to open on Sundays</a></li></ul></aside></main>
<footer class="site-footer"><p>The Valley Courier \u2014 a test page for whosaid.</p></footer>
</body></html>`;
  return { html, words, sections: sections.length };
}
