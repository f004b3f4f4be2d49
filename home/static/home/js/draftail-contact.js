/* "Contact detail" in the rich-text toolbar: inserts a detail from Settings → Contact
 * (stored as <a linktype="contact" key="…">, see home/contact.py). The choices and labels come
 * from the JSON the editor page carries (#kok-contact-details, home/wagtail_hooks.py).
 * Uses the globals Wagtail documents for Draftail plugins: window.React, window.DraftJS and
 * window.draftail. A native <dialog> gives keyboard focus, Escape and a backdrop for free. */
(function () {
  'use strict';
  var React = window.React;
  var DraftJS = window.DraftJS;

  var parsed = null;
  function config() {  // read once: the decorator asks for a label at every editor render
    if (!parsed) {
      var node = document.getElementById('kok-contact-details');
      parsed = node ? JSON.parse(node.textContent) : { choices: [] };
    }
    return parsed;
  }

  function labelFor(key) {
    var found = config().choices.filter(function (c) { return c.key === key; })[0];
    return found ? found.label : key;
  }

  function ContactSource(props) {
    React.Component.call(this, props);
  }
  ContactSource.prototype = Object.create(React.Component.prototype);
  ContactSource.prototype.constructor = ContactSource;

  ContactSource.prototype.componentDidMount = function () {
    var props = this.props;
    var data = config();
    var dialog = document.createElement('dialog');
    dialog.className = 'kok-contact-dialog';
    dialog.setAttribute('aria-labelledby', 'kok-contact-dialog-title');
    var title = document.createElement('h2');
    title.id = 'kok-contact-dialog-title';
    title.textContent = data.title;
    dialog.appendChild(title);
    var chosen = null;
    data.choices.forEach(function (choice) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'button button-secondary';
      button.textContent = choice.label + ': ' + choice.value;
      button.addEventListener('click', function () { chosen = choice; dialog.close(); });
      var row = document.createElement('p');
      row.appendChild(button);
      dialog.appendChild(row);
    });
    var cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.className = 'button button-secondary';
    cancel.textContent = data.cancel;
    cancel.addEventListener('click', function () { dialog.close(); });
    dialog.appendChild(cancel);
    dialog.addEventListener('close', function () {
      dialog.remove();
      if (!chosen) { props.onClose(); return; }
      var content = props.editorState.getCurrentContent()
        .createEntity(props.entityType.type, 'IMMUTABLE', { key: chosen.key });
      var entityKey = content.getLastCreatedEntityKey();
      var next = DraftJS.Modifier.replaceText(
        content, props.editorState.getSelection(), chosen.value, null, entityKey
      );
      props.onComplete(DraftJS.EditorState.push(props.editorState, next, 'insert-characters'));
    });
    document.body.appendChild(dialog);
    dialog.showModal();
  };
  ContactSource.prototype.render = function () { return null; };

  function Contact(props) {
    var key = props.contentState.getEntity(props.entityKey).getData().key;
    return React.createElement(
      'span',
      { className: 'kok-contact', 'data-contact': key, title: labelFor(key),
        style: { borderBottom: '2px dotted currentColor' } },
      props.children
    );
  }

  window.draftail.registerPlugin({ type: 'CONTACT', source: ContactSource, decorator: Contact }, 'entityTypes');
})();
