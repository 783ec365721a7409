import sys,re,collections
# usage: jfr print --events jdk.ExecutionSample --stack-depth 200 x.jfr | python3 jfrcat.py
cats=[('Argon2 password check (sign-in)','org.bouncycastle.crypto.generators.Argon2'),
('Other crypto (SHA, HMAC, AES, random)','java.security.|javax.crypto|sun.security|com.sun.crypto'),
('PDF (statement)','org.apache.pdfbox|org.childmaintenance.base.pdf|openhtmltopdf'),
('Writing UIDL JSON / Jackson','com.vaadin.flow.server.communication.UidlWriter|tools.jackson|com.fasterxml.jackson|elemental.json'),
('Deflate (java.util.zip)','java.util.zip|Deflater'),
('Hibernate / JPA','org.hibernate'),
('MariaDB driver (JDBC)','org.mariadb.jdbc'),
('Hikari','com.zaxxer.hikari'),
('Vaadin component tree / state nodes','com.vaadin.flow.internal|com.vaadin.flow.component|com.vaadin.flow.dom|com.vaadin.flow.router'),
('Vaadin request handling','com.vaadin.flow.server'),
('Spring Security filter chain','org.springframework.security'),
('Micrometer observations','io.micrometer'),
('Portal code (org.childmaintenance)','org.childmaintenance'),
('Spring (other)','org.springframework'),
('Tomcat / HTTP','org.apache.catalina|org.apache.coyote|org.apache.tomcat'),
('Logging','ch.qos.logback|org.slf4j'),
]
counts=collections.Counter(); total=0
stack=[]; inev=False
def flush():
    global total
    if not stack: return
    total+=1
    # most specific: check categories in order over the whole stack
    import os
    mode=os.environ.get('MODE','any')
    if mode=='leaf':
        for f in stack:
            for name,pat in cats:
                if re.search(pat,f):
                    counts[name]+=1; return
    else:
        for name,pat in cats:
            r=re.compile(pat)
            if any(r.search(f) for f in stack):
                counts[name]+=1; return
    counts['Other (JDK, GC-free JIT code)']+=1
for line in sys.stdin:
    if line.startswith('jdk.ExecutionSample'):
        flush(); stack=[]; inev=False; continue
    l=line.strip()
    if l.startswith('stackTrace = ['):
        inev=True; continue
    if inev and l.startswith(']'):
        inev=False; continue
    if inev and l and l!='...':
        stack.append(l)
flush()
print(f"{total} samples")
for k,v in counts.most_common():
    print(f"{100*v/total:5.1f} %  {k}")
