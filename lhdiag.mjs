import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from './scripts/ensure-chromium.mjs';
const port = 4431;
const preview = spawn('npx', ['vite','preview','--host','127.0.0.1','--port',String(port),'--strictPort'], {stdio:'ignore', detached:true});
process.on('exit', () => { try { process.kill(-preview.pid) } catch {} });
for (let i=0;i<100;i++){ try { if((await fetch(`http://127.0.0.1:${port}`)).ok) break; } catch {} await new Promise(r=>setTimeout(r,200)); }
const chrome = await chromeLauncher.launch({ chromePath: findChromium()?.path, chromeFlags: ['--headless','--no-sandbox','--disable-gpu','--no-first-run','--disable-background-networking'] });
for (const id of process.argv.slice(2)) {
  const { lhr } = await lighthouse(`http://127.0.0.1:${port}/#view=${id}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  writeFileSync(`/tmp/lhd/${id}.json`, JSON.stringify(lhr));
  const a = lhr.audits;
  console.log(`== ${id} perf ${Math.round(lhr.categories.performance.score*100)} FCP ${a['first-contentful-paint'].displayValue} LCP ${a['largest-contentful-paint'].displayValue} TBT ${a['total-blocking-time'].displayValue} SI ${a['speed-index'].displayValue}`);
  console.log('bootup:', a['bootup-time'].details.items.map(i=>`${i.url.replace(/.*\//,'')} total ${Math.round(i.total)} script ${Math.round(i.scripting)}`).join(' | '));
  console.log('longtasks:', (a['long-tasks'].details?.items||[]).map(i=>`${i.url.replace(/.*\//,'')}@${Math.round(i.startTime)}+${Math.round(i.duration)}`).join(' '));
  console.log('net:', a['network-requests'].details.items.map(i=>`${i.url.replace(/.*\//,'').slice(0,30)} ${Math.round(i.transferSize/1024)}K ${Math.round(i.networkRequestTime)}-${Math.round(i.networkEndTime)}`).join('\n  '));
  console.log('lcp el:', JSON.stringify(a['largest-contentful-paint-element'].details?.items?.[0]?.items?.[0]?.node?.snippet), JSON.stringify(a['largest-contentful-paint-element'].details?.items?.[1]?.items));
  console.log('mainthread:', a['mainthread-work-breakdown'].details.items.map(i=>`${i.group} ${Math.round(i.duration)}`).join(', '));
}
await chrome.kill();
process.exit(0);
