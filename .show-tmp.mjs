import fs from 'fs'; import YAML from 'yaml';
const ids = process.argv.slice(2);
for (const f of fs.readdirSync('eval/dev3').filter(f=>f.endsWith('.yaml'))) {
  const d = YAML.parse(fs.readFileSync('eval/dev3/'+f,'utf8'));
  for (const e of (Array.isArray(d)?d:d.macros||d.entries||[])) if (ids.includes(e.id)) console.log('=== '+e.id+' '+JSON.stringify(e.expect)+'\n'+(e.body||JSON.stringify(e.sections,null,1)));
}
