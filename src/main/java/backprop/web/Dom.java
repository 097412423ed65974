package backprop.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSString;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.Node;

/**
 * The page's only door to the browser. Text goes in through textContent, or escaped inside the MathML markup that
 * render.MathMarkup writes ({@link #html}, {@link HtmlBatch}): nothing from a file or from storage is parsed as markup.
 */
final class Dom {

    static final String SVG = "http://www.w3.org/2000/svg";
    static final String MATHML = "http://www.w3.org/1998/Math/MathML";

    private Dom() {
    }

    static HTMLDocument doc() {
        return HTMLDocument.current();
    }

    static HTMLElement byId(String id) {
        return doc().getElementById(id);
    }

    static HTMLElement el(String tag, String cls) {
        HTMLElement e = doc().createElement(tag);
        if (cls != null) e.setClassName(cls);
        return e;
    }

    static HTMLElement el(String tag, String cls, String text) {
        HTMLElement e = el(tag, cls);
        e.setTextContent(text);
        return e;
    }

    static Element ns(String ns, String tag) {
        return doc().createElementNS(ns, tag);
    }

    /** Appends child to parent and returns the child, so trees read top-down. */
    static <T extends Node> T add(Node parent, T child) {
        parent.appendChild(child);
        return child;
    }

    /**
     * An SVG element appended to {@code parent}, with whole-number attributes: {@code names} lists them, space
     * separated, for the values a, b, c, d in that order. The diagram of a large exercise has thousands of elements,
     * and each coordinate written from Java would be a string built through a char array (docs/PAGE-SIZE.md, "Speed").
     */
    // Local names are long on purpose, as in readFile: TeaVM renames the parameters to single letters.
    @JSBody(params = {"p", "t", "n", "a", "b", "c", "d"}, script = "var made=document.createElementNS('http://www.w3.org/2000/svg',t),"
            + "keys=n.split(' '),vals=[a,b,c,d];for(var at=0;at<keys.length;at++)made.setAttribute(keys[at],vals[at]);p.appendChild(made);return made;")
    static native Element svg(JSObject parent, String tag, String names, int a, int b, int c, int d);

    /** A drawn part that is also a button, named "Edit " and what it edits. */
    @JSBody(params = {"e", "w"}, script = "e.setAttribute('tabindex','0');e.setAttribute('role','button');e.setAttribute('aria-label','Edit '+w);")
    static native void editButton(JSObject e, String what);

    /**
     * The height of one row of a long list, laid out on its own, as the height its unseen rows take (style.css,
     * --row-height): rows of a kind are alike, and the height depends on the screen's width and the fonts.
     */
    @JSBody(params = {"list", "row"}, script = "row.classList.add('measured');var height=row.getBoundingClientRect().height;"
            + "row.classList.remove('measured');if(height>0)list.style.setProperty('--row-height',height+'px');")
    static native void rowHeight(JSObject list, JSObject row);

    /** Markup added at the end of an element, built by the browser's parser: MathMarkup's, which escapes every text. */
    @JSBody(params = {"parent", "markup"}, script = "parent.insertAdjacentHTML('beforeend',markup);")
    static native void html(JSObject parent, String markup);

    /**
     * Markup for many elements, parsed in one go when {@link #flush} is called: parsed one row's label at a time, the
     * labels were 40–96 ms of building 1,320 rows (docs/PAGE-SIZE.md, "Speed").
     * Each markup must be one element, as MathMarkup's always is: the n-th element parsed goes to the n-th parent.
     */
    static final class HtmlBatch {
        private final JSArray<JSObject> parents = JSArray.create();
        private final JSArray<JSString> markups = JSArray.create();

        void add(JSObject parent, String markup) {
            parents.push(parent);
            markups.push(JSString.valueOf(markup));
        }

        void flush() {
            htmlEach(parents, markups);
            parents.setLength(0);
            markups.setLength(0);
        }
    }

    // From the last element back: moving one out of the template leaves the earlier ones' places as they were. Should
    // a markup ever make other than one element, each is parsed on its own rather than a label going to another row.
    @JSBody(params = {"parents", "markups"}, script = "if(!parents.length)return;var t=document.createElement('template');"
            + "t.innerHTML=markups.join('');var made=t.content.children,k;"
            + "if(made.length!==parents.length){for(k=0;k<parents.length;k++)parents[k].insertAdjacentHTML('beforeend',markups[k]);return;}"
            + "for(k=parents.length-1;k>=0;k--)parents[k].appendChild(made[k]);")
    private static native void htmlEach(JSArray<JSObject> parents, JSArray<JSString> markups);

    @JSBody(params = "node", script = "return node.cloneNode(true);")
    static native HTMLElement deepCopy(JSObject node);

    static void clear(Node n) {
        n.setTextContent("");
    }

    @JSBody(params = {"e", "c", "on"}, script = "e.classList.toggle(c,on);")
    static native void toggle(JSObject e, String c, boolean on);

    /** Through the CSSOM, which a strict Content-Security-Policy allows, unlike a style attribute. */
    @JSBody(params = {"e", "min", "max"}, script = "e.style.minWidth=min;e.style.maxWidth=max;")
    static native void widths(JSObject e, String min, String max);

    /** The --cols a CSS grid reads, through the CSSOM as a strict policy requires. */
    @JSBody(params = {"e", "n"}, script = "e.style.setProperty('--cols',String(n));")
    static native void columns(JSObject e, int n);

    @JSBody(params = {"element", "on"}, script = "if(element.hidden!==on)element.hidden=on;")
    static native void hide(JSObject e, boolean on);

    /** A message element: shows the text, or empties and hides itself for null. */
    static void notice(HTMLElement e, String message) {
        text(e, message == null ? "" : message);
        hide(e, message == null);
    }

    /**
     * Sets an element's text only when it differs: the page redraws its status lines after every verdict, and an
     * unchanged text written again still costs the browser a style and layout pass.
     */
    static void text(Element e, String text) {
        if (!text.equals(e.getTextContent())) e.setTextContent(text);
    }

    /** As {@link #text}, for an attribute. */
    @JSBody(params = {"element", "name", "value"}, script = "if(element.getAttribute(name)!==value)element.setAttribute(name,value);")
    static native void attribute(JSObject element, String name, String value);

    /**
     * Prints with a class on the body that picks what the print stylesheet shows; the class goes when printing
     * ends (print() returns once the dialog closes in most browsers, afterprint covers the rest).
     */
    @JSBody(params = "cls", script = "document.body.classList.add(cls);"
            + "window.addEventListener('afterprint',function(){document.body.classList.remove(cls);},{once:true});"
            + "try{window.print();}finally{setTimeout(function(){document.body.classList.remove(cls);},0);}")
    static native void print(String bodyClass);

    @JSBody(params = "m", script = "return window.confirm(m);")
    static native boolean confirm(String message);

    @JSFunctor
    interface FileText extends JSObject {
        /** text is null when the file could not be read; problem then says why. */
        void read(String name, String text, String problem);
    }

    @JSFunctor
    interface FileHandler extends JSObject {
        /** {@code count} is how many files came with it: a drop may carry several. */
        void file(JSObject file, int count);
    }

    /**
     * Reads a file as the core's FileText does (size first, then strict UTF-8 with an optional byte-order mark and no
     * zero byte), with the browser's own decoder: {@code tooBig} and {@code notUtf8} are the core's messages, so the
     * page and the command line refuse the same files in the same words.
     */
    // Local names are long on purpose: TeaVM renames the parameters to single letters, which must not meet them.
    @JSBody(params = {"file", "max", "tooBig", "notUtf8", "cb"}, script = "if(!file)return;"
            + "if(file.size>max){cb(file.name,null,tooBig);return;}"
            + "var reader=new FileReader();reader.onload=function(){var bytes=new Uint8Array(reader.result),decoded=null;"
            + "if(bytes.indexOf(0)<0){try{decoded=new TextDecoder('utf-8',{fatal:true}).decode(bytes);}catch(err){decoded=null;}}"
            + "if(decoded===null)cb(file.name,null,notUtf8);else cb(file.name,decoded,null);};"
            + "reader.onerror=function(){cb(file.name,null,'the browser could not read it');};reader.readAsArrayBuffer(file);")
    static native void readFile(JSObject file, int max, String tooBig, String notUtf8, FileText cb);

    /** The file chosen in a file input, and the input emptied so choosing the same file again reloads it. */
    @JSBody(params = {"i", "h"}, script = "i.addEventListener('change',function(){var f=i.files&&i.files[0];i.value='';if(f)h(f,1);});")
    static native void onFileChosen(JSObject input, FileHandler h);

    /**
     * Drag-and-drop onto the zone: the first file and how many were dropped. A file dropped anywhere else is ignored
     * rather than opened in place of the page.
     */
    @JSBody(params = {"z", "h"}, script = "function stop(e){e.preventDefault();}"
            + "window.addEventListener('dragover',stop);window.addEventListener('drop',stop);"
            + "z.addEventListener('dragover',function(e){e.preventDefault();z.classList.add('dragging');});"
            + "z.addEventListener('dragleave',function(){z.classList.remove('dragging');});"
            + "z.addEventListener('drop',function(e){e.preventDefault();z.classList.remove('dragging');"
            + "var fs=e.dataTransfer&&e.dataTransfer.files;if(fs&&fs[0])h(fs[0],fs.length);});")
    static native void onFileDropped(JSObject zone, FileHandler h);

    @JSBody(script = "return location.hash;")
    static native String hash();

    @JSBody(script = "return location.href;")
    static native String href();

    /**
     * Changes the address without a hashchange event or a history entry per exercise opened; an empty hash
     * leaves the bare address.
     */
    @JSBody(params = "h", script = "var u=h||(location.pathname+location.search);"
            + "try{history.replaceState(null,'',u);}catch(e){if(h)location.replace(h);}")
    static native void setHash(String hash);

    @JSFunctor
    interface Action extends JSObject {
        void run();
    }

    @JSBody(params = "a", script = "window.addEventListener('hashchange',function(){a();});")
    static native void onHashChange(Action a);

    @JSBody(script = "return Math.random();")
    static native double random();

    /** A performance mark, which the page benchmark reads: when the page became ready, when an exercise opened. */
    @JSBody(params = "n", script = "if(window.performance&&performance.mark)performance.mark(n);")
    static native void mark(String name);

    /** The page is being left (closed, reloaded, or put away on a phone). */
    @JSBody(params = "a", script = "window.addEventListener('pagehide',function(){a();});"
            + "document.addEventListener('visibilitychange',function(){if(document.visibilityState==='hidden')a();});")
    static native void onLeave(Action a);

    /** A details element opened or closed. */
    @JSBody(params = {"d", "a"}, script = "d.addEventListener('toggle',function(){if(d.open)a();});")
    static native void onToggle(JSObject details, Action a);

    @JSBody(params = "d", script = "d.open=true;")
    static native void open(JSObject details);

    @JSFunctor
    interface Picked extends JSObject {
        void param(String id);
    }

    /** Click, or Enter/Space on a focused weight or bias of the diagram. */
    @JSBody(params = {"d", "cb"}, script = "function h(e){var g=e.target.closest&&e.target.closest('[data-param],[data-line-for]');"
            + "if(!g)return;if(e.type==='keydown'){if(e.key!=='Enter'&&e.key!==' ')return;e.preventDefault();}"
            + "cb(g.getAttribute('data-param')||g.getAttribute('data-line-for'));}"
            + "d.addEventListener('click',h);d.addEventListener('keydown',h);")
    static native void onParamPicked(JSObject diagram, Picked cb);

    /** A form control's value as text; a checkbox's is "true" or "false". */
    @JSBody(params = "e", script = "return e.type==='checkbox'?String(e.checked):e.value;")
    static native String value(JSObject e);

    @JSBody(params = {"e", "v"}, script = "e.value=v;")
    static native void setValue(JSObject e, String v);

    @JSBody(params = {"e", "v"}, script = "e.disabled=v;")
    static native void setDisabled(JSObject e, boolean v);

    @JSBody(params = {"e", "v"}, script = "e.checked=v;")
    static native void setChecked(JSObject e, boolean v);

    /** The focused element's attribute, or null. */
    @JSBody(params = "a", script = "var e=document.activeElement;return e&&e.getAttribute?e.getAttribute(a):null;")
    static native String activeAttr(String name);

    /** Nothing has the focus, or the disabled button {@code b} has it. */
    @JSBody(params = "b", script = "var a=document.activeElement;return !a||a===document.body||(a===b&&b.disabled);")
    static native boolean focusIsLostOr(JSObject b);

    /** Runs the action once the current event has been handled (and the focus has moved on). */
    @JSBody(params = "f", script = "setTimeout(f,0);")
    static native void later(Action f);

    /**
     * Runs the action when the window's width changes (a phone turned, a window resized), not for its height alone.
     * The first width is read once the first frame is painted: reading it at start-up forces a layout of the page
     * before the exercise is in it (about 2 ms of every start). A resize before then counts as a change.
     */
    @JSBody(params = "handler", script = "var width=-1;requestAnimationFrame(function(){setTimeout(function(){"
            + "if(width<0)width=window.innerWidth;},0);});window.addEventListener('resize',function(){"
            + "if(window.innerWidth!==width){width=window.innerWidth;handler();}});")
    static native void onWidthChange(Action handler);

    /** Runs the action once the next frame has been painted (in a hidden tab, once the tab is shown again). */
    @JSBody(params = "f", script = "requestAnimationFrame(function(){setTimeout(f,0);});")
    static native void afterPaint(Action f);

    /** Points a download link at the text, as a blob: address (freed when replaced). */
    @JSBody(params = {"a", "t", "n"}, script = "if(a.href.indexOf('blob:')===0)URL.revokeObjectURL(a.href);"
            + "a.href=URL.createObjectURL(new Blob([t],{type:'application/json'}));a.download=n;")
    static native void download(JSObject link, String text, String name);

    /** Copies an input's text; the selection stays so the student can copy by hand when the browser refuses. */
    @JSBody(params = "i", script = "i.focus();i.select();try{return document.execCommand('copy');}catch(e){return false;}")
    static native boolean copy(JSObject input);

    @JSFunctor
    interface Loaded extends JSObject {
        void done(boolean ok);
    }

    /**
     * Loads a script of the site (a module loaded on demand) and says whether it ran. A script element with a
     * relative src works from disk and under the page's {@code script-src 'self'}.
     */
    // Local names are long on purpose, as in svg: TeaVM renames the parameters to single letters.
    @JSBody(params = {"src", "onDone"}, script = "var scriptElement=document.createElement('script');scriptElement.src=src;"
            + "scriptElement.onload=function(){onDone(true);};scriptElement.onerror=function(){onDone(false);};"
            + "document.head.appendChild(scriptElement);")
    static native void script(String src, Loaded onDone);

    @JSFunctor
    interface TextFunction extends JSObject {
        String apply(String text);
    }

    /**
     * Puts a function on {@code window[name]}, text in and text out: how the page and a module, two TeaVM programs
     * that share no objects, call each other.
     */
    @JSBody(params = {"name", "method", "f"}, script = "var holder=window[name]||(window[name]={});"
            + "holder[method]=function(argumentText){return f(String(argumentText));};")
    static native void expose(String name, String method, TextFunction f);

    /** Calls a function another program put on {@code window[name]}; null when it is not there or throws. */
    @JSBody(params = {"name", "method", "text"}, script = "try{var holder=window[name];"
            + "return holder&&typeof holder[method]==='function'?String(holder[method](text)):null;}catch(failure){return null;}")
    static native String call(String name, String method, String text);

    /** Whether another program has put a function {@code method} on {@code window[name]}. */
    @JSBody(params = {"name", "method"}, script = "var holder=window[name];return !!(holder&&typeof holder[method]==='function');")
    static native boolean exposed(String name, String method);

    /**
     * localStorage's value for the key, with the outcome in one string: "0" absent, "1…" the value, "2" storage
     * threw (turned off, some private windows).
     */
    @JSBody(params = "key", script = "try{var stored=localStorage.getItem(key);return stored===null?'0':'1'+stored;}"
            + "catch(failure){return '2';}")
    static native String stored(String key);

    /** Writes the key, or removes it when the value is null; false when storage refuses (full or blocked). */
    @JSBody(params = {"key", "value"}, script = "try{if(value===null)localStorage.removeItem(key);else localStorage.setItem(key,value);"
            + "return true;}catch(failure){return false;}")
    static native boolean store(String key, String value);

    /** The text's UTF-8 bytes in base64url without padding, by the browser's TextEncoder and btoa. */
    @JSBody(params = "text", script = "var bytes=new TextEncoder().encode(text),binary='';"
            + "for(var index=0;index<bytes.length;index++)binary+=String.fromCharCode(bytes[index]);"
            + "return btoa(binary).replace(/\\+/g,'-').replace(/\\//g,'_').replace(/=+$/,'');")
    static native String base64Url(String text);

    /** The text of base64url (padding tolerated); null when it is not base64url or its bytes are not UTF-8. */
    @JSBody(params = "encoded", script = "if(!/^[A-Za-z0-9_-]*={0,2}$/.test(encoded))return null;"
            + "try{var binary=atob(encoded.replace(/-/g,'+').replace(/_/g,'/')),bytes=new Uint8Array(binary.length);"
            + "for(var index=0;index<binary.length;index++)bytes[index]=binary.charCodeAt(index);"
            + "return new TextDecoder('utf-8',{fatal:true}).decode(bytes);}catch(failure){return null;}")
    static native String fromBase64Url(String encoded);

    /** The configuration a SCORM package's scorm-config.js set, as JSON text; null in the plain site. */
    @JSBody(script = "var config=window.backpropScorm;return config&&typeof config==='object'?JSON.stringify(config):null;")
    static native String scormConfig();

    /**
     * The SCORM 1.2 API of an LMS around the page: window.API on this window and up its parents (10 levels at most),
     * then on the opener's; null when there is none. A frame of another origin throws when read, and is passed over.
     */
    @JSBody(script = "function findFrom(start){var win=start;for(var level=0;win&&level<=10;level++){"
            + "try{if(win.API&&typeof win.API.LMSInitialize==='function')return win.API;}catch(err){}"
            + "var up=null;try{up=win.parent;}catch(err){}if(!up||up===win)break;win=up;}return null;}"
            + "var found=findFrom(window);if(!found){try{if(window.opener)found=findFrom(window.opener);}catch(err){}}return found;")
    static native JSObject scormApi();

    /** One call of the SCORM API; its answer as text, "" when it has none or throws. */
    @JSBody(params = {"api", "method", "first", "second"}, script = "try{var result=second===null?api[method](first):api[method](first,second);"
            + "return result==null?'':String(result);}catch(err){return '';}")
    static native String lms(JSObject api, String method, String first, String second);

    /** Milliseconds since 1970, as the browser's clock says. */
    @JSBody(script = "return Date.now();")
    static native double now();

    /** The page is being closed or reloaded (not merely hidden, as {@link #onLeave} also reports). */
    @JSBody(params = "a", script = "window.addEventListener('pagehide',function(){a();});window.addEventListener('beforeunload',function(){a();});")
    static native void onUnload(Action a);

    /** The offline copy (sw.js) where service workers run: over http and https, never on file://. */
    @JSBody(script = "if(/^https?:$/.test(location.protocol)&&navigator.serviceWorker)"
            + "navigator.serviceWorker.register('sw.js').catch(function(){});")
    static native void offline();
}
