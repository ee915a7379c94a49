// The batch index page. The summaries are embedded once as JSON (<script type="application/json">)
// and drawn by the inline script below, so 1,000 reports cost ~0.3 MB and a page of rows rather
// than 1,000 table rows and 60,000 heat-map cells in the HTML (issue 17: 6.3 MB, no paging).
//
// What the script draws, per checklist (one tab each: reports scored on different 纲要 never
// share a ranking or a column):
//   ranking    名次 (competition ranking on the score as shown, one decimal: 1, 1, 3), the name
//              (title, else issuer + year, else the file name), 单位, 年度, 层级, 总分, 结论 and one
//              column per part as a percentage of the part's maximum (named in the header, the
//              full name on print); sortable by every column, ties by name then file in natural
//              order (…-2 before …-10); search, year / level filters, paging; duplicates (same
//              input sha256) marked 重复.
//   histogram  the score distribution of the reports shown.
//   items      per item: how many of the reports shown meet, admit, plan or miss it; sortable.
//   heat map   the ranking's current page × items, grouped by part, titled columns; each cell
//              links to the item's row (id="item-ID") on the report page.
// 名次 is counted among the reports of the tab that pass the year and level filters (searching
// does not renumber). Failed inputs are listed statically under the tabs.
#include <sstream>

#include <fmt/format.h>

#include "engine/render/html.hpp"
#include "engine/render/render.hpp"

namespace fz::html {

namespace {

char state_code(ItemState s) {
  switch (s) {
    case ItemState::met: return 'm';
    case ItemState::acknowledged: return 'a';
    case ItemState::planned: return 'p';
    case ItemState::missing: return 'x';
    case ItemState::na: return 'n';
  }
  return 'x';
}

/// One decimal, without a trailing ".0" for whole numbers (a part's maximum: "满分 12").
std::string num1(double d) {
  std::string s = fmt::format("{:.1f}", d);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

/// The data the script draws from. Keys are short: they repeat once per report.
///   checklists[c] = {id, title, parts: [{id, title, max}], items: [{id, title, part, basis, req}]}
///   reports[k]    = {f file, h href, n name, i issuer, y year (0 unknown), l level, c checklist
///                    index, s score (one decimal), p passed (0/1), q part percentages (null: n/a),
///                    st item states (one letter per item: m a p x n), d first duplicate's index}
std::string data_json(const BatchSummary& batch) {
  std::string o = "{\"checklists\":[";
  const auto& cls = batch.checklists();
  for (std::size_t c = 0; c < cls.size(); ++c) {
    const ChecklistColumns& cl = cls[c];
    o += fmt::format("{}{{\"id\":{},\"title\":{},\"parts\":[", c ? "," : "", json_quote(cl.id),
                     json_quote(cl.title));
    for (std::size_t i = 0; i < cl.parts.size(); ++i)
      o += fmt::format("{}{{\"id\":{},\"title\":{},\"max\":{}}}", i ? "," : "",
                       json_quote(cl.parts[i].id), json_quote(cl.parts[i].title),
                       num1(cl.parts[i].max));
    o += "],\"items\":[";
    for (std::size_t i = 0; i < cl.items.size(); ++i) {
      const auto& it = cl.items[i];
      o += fmt::format("{}{{\"id\":{},\"title\":{},\"part\":{},\"basis\":{},\"req\":{}}}",
                       i ? "," : "", json_quote(it.id), json_quote(it.title), json_quote(it.part),
                       json_quote(it.basis), it.required ? 1 : 0);
    }
    o += "]}";
  }
  o += "],\"reports\":[";
  // a duplicate's first report, as an index among the scored reports (the array written here)
  std::vector<std::size_t> scored_index;
  std::size_t scored = 0;
  for (const ReportSummary& r : batch.reports()) scored_index.push_back(r.error.empty() ? scored++ : 0);
  bool first = true;
  for (const ReportSummary& r : batch.reports()) {
    if (!r.error.empty()) continue;
    std::size_t c = 0;
    while (c < cls.size() && cls[c].id != r.checklist) ++c;
    const ChecklistColumns* cl = c < cls.size() ? &cls[c] : nullptr;
    o += first ? "{" : ",{";
    first = false;
    o += fmt::format("\"f\":{},\"h\":{},\"n\":{},\"i\":{},\"y\":{},\"l\":{},\"c\":{},\"s\":{},"
                     "\"p\":{},\"q\":[",
                     json_quote(r.file), json_quote(r.href), json_quote(display_name(r)),
                     json_quote(r.issuer), r.year, json_quote(r.level), c, one_decimal(r.score),
                     r.passed ? 1 : 0);
    for (std::size_t i = 0; i < r.parts.size(); ++i) {
      double max = cl && i < cl->parts.size() ? cl->parts[i].max : 0;
      if (i) o += ',';
      if (!r.parts[i].applicable || max <= 0) o += "null";
      else o += one_decimal(100.0 * r.parts[i].subtotal / max);
    }
    o += "],\"st\":\"";
    for (ItemState s : r.items) o += state_code(s);
    o += '"';
    if (r.duplicate_of) o += fmt::format(",\"d\":{}", scored_index[*r.duplicate_of]);
    o += '}';
  }
  o += "]}";
  return script_safe_json(o);
}

constexpr const char* kCss = R"CSS(
.tabs{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 10px}
.tabs button{font:inherit;font-size:14px;padding:4px 12px;border:1px solid #8b1a1a;background:#fff;color:#8b1a1a;border-radius:4px;cursor:pointer}
.tabs button[aria-selected=true]{background:#8b1a1a;color:#fff}
.controls label{margin-right:14px;white-space:nowrap}
.controls input[type=search]{width:18em}
.note{font-size:13px;margin:4px 0}
#ranking th[data-key],#itemview th[data-ik]{cursor:pointer;user-select:none}
th[aria-sort=ascending]::after{content:" ▲";font-size:10px}
th[aria-sort=descending]::after{content:" ▼";font-size:10px}
#ranking th.pcol{white-space:normal;min-width:4.2em;max-width:6.5em;text-align:center;font-weight:400;font-size:12px;line-height:1.3}
#ranking th.pcol b{font-weight:700}
.pcol .full,.print-only{display:none}
#ranking td.name{min-width:18em;max-width:28em}
#ranking td.iss{min-width:6em}
.file{font-size:12px;word-break:break-all}
.badge.dup{background:#6a1b9a;margin-left:4px}
.badge.s-ack,.badge.s-plan,.badge.s-na{color:#1f2328}
.pager{margin:8px 0;display:flex;gap:8px;align-items:center}
.pager button{font:inherit;font-size:13px}
.heat{border-collapse:collapse}
.heat th.pg{font-size:12px;font-weight:400;text-align:center;white-space:normal;line-height:1.2;border:1px solid #d8dce1}
.heat th.item{font-weight:400;font-size:11px;padding:4px 0;vertical-align:bottom;line-height:14px}
.heat th.item div{writing-mode:vertical-rl;text-orientation:sideways;transform:rotate(180deg);white-space:nowrap;margin:0 auto;text-align:left}
.heat th.rname{font-weight:400;font-size:12px;white-space:nowrap;max-width:16em;overflow:hidden;text-overflow:ellipsis;text-align:left;background:#fff}
.heat td{padding:0;border:1px solid #fff;width:14px;height:16px}
.heat td a{display:block;width:14px;height:16px}
.heat td a:hover,.heat td a:focus{outline:2px solid #1f2328}
.dist{display:inline-block;height:10px;vertical-align:middle}
.distbar{display:flex;width:140px;height:10px;background:#eef0f3}
#itemview td.t{min-width:12em}
.badge,.s-met,.s-ack,.s-plan,.s-miss,.s-na,.distbar span{-webkit-print-color-adjust:exact;print-color-adjust:exact}
@page{size:A4 landscape;margin:10mm}
@media print{
body{background:#fff;font-size:9pt;line-height:1.35}
header{background:none;color:#000;padding:0 0 3mm;border-bottom:1px solid #000}
header .sub{opacity:1}
main{padding:0;max-width:none}
.controls,.pager,.tabs,#dist-section,#heat-section,noscript,.noprint,.file{display:none!important}
section{border:none;border-radius:0;padding:0;margin:0 0 5mm}
table{width:100%;font-size:8pt}
thead{display:table-header-group}
tr{break-inside:avoid}
#ranking td.name{min-width:9em;max-width:none}
#ranking td.iss{min-width:5em}
th[aria-sort]::after{content:none}
#ranking th.pcol{max-width:none;min-width:0;font-size:7.5pt}
.pcol .abbr{display:none}.pcol .full{display:inline}
.print-only{display:block}
a{color:#000;text-decoration:none}
#items-section{break-before:page}
}
)CSS";

constexpr const char* kJs = R"JS(
(function(){
'use strict';
var D=JSON.parse(document.getElementById('fz-data').textContent);
if(!D.checklists.length){['dist-section','items-section','heat-section','ranking','pager'].forEach(function(id){$(id).style.display='none';});return;}  // nothing scored
var STATES=[['m','已落实','s-met','met'],['a','已自查','s-ack','acknowledged'],['p','仅列计划','s-plan','planned'],['x','未体现','s-miss','missing'],['n','不适用','s-na','n/a']];
var LABEL={},CLASS={},NAME={};
STATES.forEach(function(s){LABEL[s[0]]=s[1];CLASS[s[0]]=s[2];NAME[s[0]]=s[3];});
var coll=(window.Intl&&Intl.Collator)?new Intl.Collator('zh-CN',{numeric:true}):null;
function natural(a,b){
  if(coll)return coll.compare(a,b);
  var re=/\d+|\D+/g,x=a.match(re)||[],y=b.match(re)||[];
  for(var i=0;i<Math.min(x.length,y.length);i++){
    if(x[i]===y[i])continue;
    if(/^\d/.test(x[i])&&/^\d/.test(y[i])){var d=parseInt(x[i],10)-parseInt(y[i],10);if(d)return d<0?-1:1;}
    return x[i]<y[i]?-1:1;
  }
  return x.length-y.length;
}
function esc(s){return String(s).replace(/[&<>"']/g,function(c){return{'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c];});}
function $(id){return document.getElementById(id);}
function base(f){return f.replace(/^.*[\/\\]/,'');}
function abbr(t){var m=t.split(/[，、（(；,;]/)[0];return m.length>10?m.slice(0,9)+'…':m;}
D.reports.forEach(function(r,k){r.k=k;r.dups=[];});
D.reports.forEach(function(r){
  if(r.d==null)return;var root=D.reports[r.d];
  if(!root.dups.length)root.dups=[root.k];
  root.dups.push(r.k);r.dups=root.dups;
});
var st={c:0,year:'',level:'',q:'',sort:'rank',dir:1,page:0,size:50,ik:null,idir:1,printing:false};
var years={},levels={},perC=D.checklists.map(function(){return 0;});
D.reports.forEach(function(r){if(r.y)years[r.y]=1;levels[r.l]=1;perC[r.c]++;});
function options(sel,vals,all){sel.innerHTML='<option value="">'+all+'</option>'+vals.map(function(v){return '<option value="'+esc(v)+'">'+esc(v)+'</option>';}).join('');}
options($('f-year'),Object.keys(years).sort().reverse(),'全部年度');
options($('f-level'),Object.keys(levels).sort(natural),'全部层级');
$('tabs').innerHTML=D.checklists.map(function(cl,c){return '<button type="button" role="tab" data-c="'+c+'">'+esc(cl.title||cl.id)+'（'+perC[c]+' 份）</button>';}).join('');
if(perC[0]===0)for(var c0=0;c0<perC.length;c0++)if(perC[c0]){st.c=c0;break;}

function select(){
  var q=st.q.trim().toLowerCase(),inBase=[],shown=[];
  D.reports.forEach(function(r){
    if(r.c!==st.c)return;
    if(st.year&&String(r.y)!==st.year)return;
    if(st.level&&r.l!==st.level)return;
    inBase.push(r);
    if(q&&(r.n+'\n'+r.f+'\n'+r.i).toLowerCase().indexOf(q)<0)return;
    shown.push(r);
  });
  // competition ranking on the score as shown: 1, 1, 3
  inBase.slice().sort(function(a,b){return b.s-a.s;}).forEach(function(r,i,a){r.rk=i&&a[i-1].s===r.s?a[i-1].rk:i+1;});
  return shown;
}
function value(r,key){
  switch(key){
    case 'rank':return r.rk;case 'name':return r.n;case 'issuer':return r.i;case 'year':return r.y;
    case 'level':return r.l;case 'score':return r.s;case 'pass':return r.p;
  }
  var v=r.q[+key.slice(1)];return v==null?-1:v;
}
function compare(a,b){
  var x=value(a,st.sort),y=value(b,st.sort);
  var d=typeof x==='string'?natural(x,y):x-y;
  d*=st.dir;
  if(!d)d=b.s-a.s;
  if(!d)d=natural(a.n,b.n);
  if(!d)d=natural(a.f,b.f);
  return d;
}
function sortHead(th,key,cur,dir){th.setAttribute('aria-sort',key===cur?(dir>0?'ascending':'descending'):'none');}

function renderRanking(cl,view){
  var h='<tr><th class="num" data-key="rank">名次</th><th data-key="name">报告</th><th data-key="issuer">单位</th><th class="num" data-key="year">年度</th><th data-key="level">层级</th><th class="num" data-key="score">总分</th><th data-key="pass">结论</th>';
  cl.parts.forEach(function(p,i){h+='<th class="num pcol" data-key="p'+i+'" title="'+esc(p.id+' '+p.title)+'"><b>'+esc(p.id)+'</b> <span class="abbr">'+esc(abbr(p.title))+'</span><span class="full">'+esc(p.title)+'</span><br>满分 '+p.max+'</th>';});
  $('ranking').tHead.innerHTML=h+'</tr>';
  Array.prototype.forEach.call($('ranking').tHead.rows[0].cells,function(th){sortHead(th,th.dataset.key,st.sort,st.dir);});
  var pages=st.size?Math.max(1,Math.ceil(view.length/st.size)):1;
  if(st.page>=pages)st.page=pages-1;
  var from=st.printing||!st.size?0:st.page*st.size,to=st.printing||!st.size?view.length:Math.min(view.length,from+st.size);
  var rows=view.slice(from,to),b=[];
  rows.forEach(function(r){
    var s='<tr data-report="'+esc(r.f)+'" data-k="'+r.k+'"><td class="num">'+r.rk+'</td><td class="name"><a href="'+esc(r.h)+'">'+esc(r.n)+'</a>';
    if(r.dups.length){
      var others=r.dups.filter(function(k){return k!==r.k;}).map(function(k){return D.reports[k].f;});
      s+='<span class="badge dup" title="'+esc('与以下报告内容相同（输入 sha256 相同）：'+others.join('、'))+'">重复</span>';
    }
    if(r.n!==base(r.f))s+='<div class="muted file">'+esc(r.f)+'</div>';
    s+='</td><td class="iss">'+(r.i?esc(r.i):'<span class="muted">未识别</span>')+'</td><td class="num">'+(r.y||'<span class="muted">—</span>')+'</td><td>'+esc(r.l)+'</td>';
    s+='<td class="num"><b>'+r.s.toFixed(1)+'</b></td><td><span class="badge '+(r.p?'pass">通过':'fail">未通过')+'</span></td>';
    cl.parts.forEach(function(p,i){
      var v=r.q[i];
      s+=v==null?'<td class="num muted" title="本部分条目均不适用">—</td>':'<td class="num" title="'+(v*p.max/100).toFixed(1)+' / '+p.max+' 分">'+Math.round(v)+'%</td>';
    });
    b.push(s+'</tr>');
  });
  $('ranking').tBodies[0].innerHTML=b.join('');
  $('page-info').textContent='第 '+(st.page+1)+' / '+pages+' 页';
  $('prev').disabled=st.page<=0||!st.size;$('first').disabled=$('prev').disabled;
  $('next').disabled=st.page>=pages-1||!st.size;$('last').disabled=$('next').disabled;
  return rows;
}

function renderDist(view){
  var bins=[0,0,0,0,0,0,0,0,0,0],top=1;
  view.forEach(function(r){bins[Math.min(9,Math.max(0,Math.floor(r.s/10)))]++;});
  bins.forEach(function(n){if(n>top)top=n;});
  var W=760,H=150,col=W/10,s='<svg xmlns="http://www.w3.org/2000/svg" width="'+W+'" height="'+H+'" role="img" aria-label="得分分布">';
  bins.forEach(function(n,i){
    var h=(H-38)*n/top,x=i*col;
    s+='<rect x="'+(x+2)+'" y="'+(H-20-h)+'" width="'+(col-4)+'" height="'+h+'" fill="#8b1a1a"/>';
    s+='<text x="'+(x+col/2)+'" y="'+(H-23-h)+'" font-size="11" text-anchor="middle">'+n+'</text>';
    s+='<text x="'+(x+col/2)+'" y="'+(H-5)+'" font-size="11" text-anchor="middle">'+(i*10)+'–'+(i*10+10)+'</text>';
  });
  $('dist').innerHTML=s+'</svg>';
}

function renderItems(cl,view){
  var counts=cl.items.map(function(){return{m:0,a:0,p:0,x:0,n:0};});
  view.forEach(function(r){for(var i=0;i<cl.items.length;i++){var c=r.st.charAt(i);if(counts[i][c]!==undefined)counts[i][c]++;}});
  var rows=cl.items.map(function(it,i){return{it:it,i:i,c:counts[i]};});
  if(st.ik){
    rows.sort(function(a,b){
      var k=st.ik,d;
      if(k.length===1)d=a.c[k]-b.c[k];else d=natural(String(a.it[k]),String(b.it[k]));
      return d*st.idir||a.i-b.i;
    });
  }
  var n=view.length,h='<tr><th data-ik="id">条目</th><th data-ik="title">名称</th><th data-ik="part">部分</th><th data-ik="basis">依据</th>';
  STATES.forEach(function(s){h+='<th class="num" data-ik="'+s[0]+'"><span class="badge '+s[2]+'">'+s[1]+'</span></th>';});
  h+='<th>分布（共 '+n+' 份）</th></tr>';
  $('itemview').tHead.innerHTML=h;
  Array.prototype.forEach.call($('itemview').tHead.rows[0].cells,function(th){if(th.dataset.ik)sortHead(th,th.dataset.ik,st.ik,st.idir);});
  $('itemview').tBodies[0].innerHTML=rows.map(function(x){
    var s='<tr data-item="'+esc(x.it.id)+'"><td class="nowrap">'+esc(x.it.id)+(x.it.req?'<sup title="必备">*</sup>':'')+'</td><td class="t">'+esc(x.it.title)+'</td><td class="nowrap">'+esc(x.it.part)+'</td><td class="muted">'+esc(x.it.basis)+'</td>';
    STATES.forEach(function(st_){s+='<td class="num" data-state="'+st_[3]+'">'+x.c[st_[0]]+'</td>';});
    s+='<td><div class="distbar">';
    STATES.forEach(function(st_){var v=x.c[st_[0]];if(v&&n)s+='<span class="'+st_[2]+'" style="width:'+(100*v/n).toFixed(2)+'%" title="'+st_[1]+' '+v+'"></span>';});
    return s+'</div></td></tr>';
  }).join('');
}

var HEAT_MAX=200;  // rows: 200 × 60 linked cells stay quick to draw; "全部" pages show the first 200
function renderHeat(cl,rows){
  var cut=rows.length>HEAT_MAX;if(cut)rows=rows.slice(0,HEAT_MAX);
  var groups=[];
  cl.items.forEach(function(it){var g=groups[groups.length-1];if(g&&g.part===it.part)g.n++;else groups.push({part:it.part,n:1});});
  var title={};cl.parts.forEach(function(p){title[p.id]=p.title;});
  var h='<tr><th rowspan="2" class="rname">报告（本页'+(cut?'前 ':' ')+rows.length+' 份，按排名）</th>';
  groups.forEach(function(g){h+='<th class="pg" colspan="'+g.n+'" title="'+esc(g.part+' '+(title[g.part]||''))+'">'+esc(g.part)+'</th>';});
  h+='</tr><tr>';
  cl.items.forEach(function(it){h+='<th class="item" data-item="'+esc(it.id)+'" title="'+esc(it.id+' '+it.title+(it.basis?'（'+it.basis+'）':''))+'"><div>'+esc(it.id+' '+(it.title.length>12?it.title.slice(0,11)+'…':it.title))+'</div></th>';});
  $('heatmap').tHead.innerHTML=h+'</tr>';
  $('heatmap').tBodies[0].innerHTML=rows.map(function(r){
    var s='<tr data-report="'+esc(r.f)+'"><th class="rname" title="'+esc(r.n+' '+r.f)+'">'+r.rk+'. <a href="'+esc(r.h)+'">'+esc(r.n)+'</a></th>';
    for(var i=0;i<cl.items.length;i++){
      var c=r.st.charAt(i),it=cl.items[i];
      s+='<td class="'+CLASS[c]+'" data-item="'+esc(it.id)+'" data-state="'+NAME[c]+'"><a href="'+esc(r.h+'#item-'+it.id)+'" title="'+esc(r.n+' · '+it.id+' '+it.title+'：'+LABEL[c])+'"></a></td>';
    }
    return s+'</tr>';
  }).join('');
}

function render(){
  var cl=D.checklists[st.c];
  Array.prototype.forEach.call($('tabs').children,function(b){b.setAttribute('aria-selected',+b.dataset.c===st.c?'true':'false');});
  var view=select().sort(compare);
  $('shown').textContent=view.length;
  $('in-tab').textContent=perC[st.c];
  $('tab-title').textContent=cl.title||cl.id;
  var f=[];if(st.year)f.push(st.year+'年度');if(st.level)f.push(st.level);if(st.q)f.push('搜索“'+st.q+'”');
  $('print-filter').textContent=(cl.title||cl.id)+(f.length?'；筛选：'+f.join('，'):'')+'；共 '+view.length+' 份；名次按总分（一位小数），同分同名次。';
  var rows=renderRanking(cl,view);
  renderDist(view);renderItems(cl,view);
  if(!st.printing)renderHeat(cl,rows);  // not printed: its links are what it is for
}

$('tabs').addEventListener('click',function(e){var b=e.target.closest('button');if(!b)return;st.c=+b.dataset.c;st.page=0;if(st.sort.charAt(0)==='p'&&st.sort!=='pass'){st.sort='rank';st.dir=1;}render();});
$('f-year').addEventListener('change',function(){st.year=this.value;st.page=0;render();});
$('f-level').addEventListener('change',function(){st.level=this.value;st.page=0;render();});
$('f-size').addEventListener('change',function(){st.size=+this.value;st.page=0;render();});
$('search').addEventListener('input',function(){st.q=this.value;st.page=0;render();});
$('first').addEventListener('click',function(){st.page=0;render();});
$('prev').addEventListener('click',function(){st.page=Math.max(0,st.page-1);render();});
$('next').addEventListener('click',function(){st.page++;render();});
$('last').addEventListener('click',function(){st.page=1e9;render();});
$('ranking').tHead.addEventListener('click',function(e){
  var th=e.target.closest('th');if(!th||!th.dataset.key)return;
  var k=th.dataset.key;
  if(st.sort===k)st.dir=-st.dir;else{st.sort=k;st.dir=(k==='rank'||k==='name'||k==='issuer'||k==='level')?1:-1;}
  st.page=0;render();
});
$('itemview').tHead.addEventListener('click',function(e){
  var th=e.target.closest('th');if(!th||!th.dataset.ik)return;
  var k=th.dataset.ik;
  if(st.ik===k)st.idir=-st.idir;else{st.ik=k;st.idir=k.length===1?-1:1;}
  render();
});
// Print every row of the current selection, not one page.
function printing(on){if(st.printing!==on){st.printing=on;render();}}
window.addEventListener('beforeprint',function(){printing(true);});
window.addEventListener('afterprint',function(){printing(false);});
if(window.matchMedia){var mq=window.matchMedia('print');if(mq.addEventListener)mq.addEventListener('change',function(e){printing(e.matches);});}
$('f-size').value=String(st.size);
render();
window.fzRendered=performance.now();
})();
)JS";

}  // namespace

void render_dashboard(const BatchSummary& batch, std::ostream& o) {
  const std::size_t failed = batch.failed(), scored = batch.scored();
  o << "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
    << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    << "<title>法治政府建设年度报告评分总览</title><style>" << stylesheet() << kCss
    << "</style></head><body>";
  o << fmt::format("<header><h1>法治政府建设年度报告评分总览</h1><div class=\"sub\" id=\"totals\">"
                   "共 {} 份报告：评分 {} 份（通过 {}，未通过 {}），读取失败 {} 份",
                   batch.reports().size(), scored, batch.passed(), scored - batch.passed(), failed);
  if (scored) o << "，平均分 " << one_decimal(batch.mean_score());
  o << "</div></header><main>";
  o << "<noscript><p class=\"err\">本页的排名、条目统计和热力图由页面内的脚本绘制，"
       "请允许 JavaScript（不联网）。</p></noscript>";

  o << R"(<section class="controls"><div class="tabs" role="tablist" id="tabs"></div>)";
  if (batch.checklists().size() > 1)
    o << R"(<p class="note">本批报告按不同检查清单评分：每个清单单独排名，分项列只比较同一清单的报告。</p>)";
  o << R"(<div><label>年度 <select id="f-year"></select></label>)"
       R"(<label>单位层级 <select id="f-level"></select></label>)"
       R"(<label>搜索 <input type="search" id="search" placeholder="报告名称、单位或文件名"></label>)"
       R"(<label>每页 <select id="f-size"><option value="25">25</option><option value="50">50</option>)"
       R"(<option value="100">100</option><option value="200">200</option><option value="0">全部</option>)"
       R"(</select></label>显示 <b id="shown">0</b> 份（本清单共 <span id="in-tab">0</span> 份）</div></section>)";

  o << R"(<section id="ranking-section"><h2>排名 · <span id="tab-title"></span></h2>)"
       R"(<p class="print-only" id="print-filter"></p>)"
       R"(<p class="note muted noprint">名次按总分（保留一位小数）计，同分同名次，在本清单及所选年度、层级内排列；)"
       R"(分项为该部分得分占其满分的百分比；“重复”指输入文件内容完全相同。点击列标题排序。</p>)"
       R"(<table id="ranking"><thead></thead><tbody></tbody></table>)"
       R"(<div class="pager" id="pager"><button type="button" id="first">« 首页</button>)"
       R"(<button type="button" id="prev">‹ 上一页</button><span id="page-info"></span>)"
       R"(<button type="button" id="next">下一页 ›</button><button type="button" id="last">末页 »</button></div>)";
  if (failed) {
    o << fmt::format(R"(<h3 class="err">读取失败（{} 份）</h3><ul id="errors">)", failed);
    for (const ReportSummary& r : batch.reports())
      if (!r.error.empty())
        o << fmt::format(R"(<li data-file="{}">{}：{}</li>)", escape(r.file), escape(r.file),
                         escape(r.error));
    o << "</ul>";
  }
  o << "</section>";
  o << R"(<section id="dist-section"><h2>得分分布</h2><div id="dist"></div></section>)";
  o << R"(<section id="items-section"><h2>条目统计</h2><p class="note muted noprint">所显示报告中每个条目的状态份数；)"
       R"(点击列标题排序（如按“未体现”找出多数报告缺失的条目）。</p>)"
       R"(<table id="itemview"><thead></thead><tbody></tbody></table></section>)";
  o << R"(<section id="heat-section"><h2>条目 × 报告 热力图</h2><p class="legend">)";
  for (ItemState s : {ItemState::met, ItemState::acknowledged, ItemState::planned,
                      ItemState::missing, ItemState::na})
    o << "<span class=\"" << state_class(s) << "\">" << state_label(s) << "</span>";
  o << R"(<span class="muted">每格链接到该报告页面中的该条目。</span></p>)"
       R"(<div style="overflow-x:auto"><table class="heat" id="heatmap"><thead></thead><tbody></tbody></table></div></section>)";
  o << "</main><script type=\"application/json\" id=\"fz-data\">" << data_json(batch)
    << "</script><script>" << kJs << "</script></body></html>\n";
}

}  // namespace fz::html
