/**
 * Web mode's file picker: the browser's own dialog through a detached <input type=file>, the chosen
 * file as base64 for main's readers (the page never sees a path). Null when the user cancels.
 * Must run inside a user gesture (a click or key), as browsers only open the dialog then.
 */
export function pickUpload(accept: string): Promise<{ fileName: string; base64: string; text(): Promise<string> } | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    document.body.appendChild(input);
    const done = () => input.remove();
    input.addEventListener('cancel', () => {
      done();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      done();
      if (!file) return resolve(null);
      const reader = new FileReader();
      reader.onload = () => resolve({ fileName: file.name, base64: String(reader.result).replace(/^data:[^,]*,/, ''), text: () => file.text() });
      reader.onerror = () => reject(reader.error ?? new Error(`the browser could not read ${file.name}`));
      reader.readAsDataURL(file);
    });
    input.click();
  });
}
