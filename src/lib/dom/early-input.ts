type Control = HTMLInputElement | HTMLSelectElement;

/**
 * Gives the page what a reader did to its form controls before its code had loaded: a search
 * typed, a box ticked, a period or speed chosen, the voyage's slider moved. The page is
 * prerendered and its code comes after: nothing heard those changes, and as the code takes the
 * page over it sets some controls (a box, the slider) back to what the address says. Called as
 * the page starts, before that. Each control the reader changed is set back to what they left it
 * at, and its events are sent, a task later, once the router has started and a change can
 * navigate; one control per task, as a reader's own changes come, each navigation done before
 * the next begins.
 */
export function replayEarlyInput() {
	for (const control of document.querySelectorAll<Control>('input, select')) {
		const key = control.type == 'checkbox' ? 'checked' : 'value';
		const value = (control as HTMLInputElement)[key];
		const changed =
			control instanceof HTMLSelectElement
				? !control.selectedOptions[0]?.defaultSelected
				: value != control[key == 'checked' ? 'defaultChecked' : 'defaultValue'];
		if (changed)
			setTimeout(() => {
				// Nothing resets a text field, and the reader may have typed on since.
				if (control.type != 'search') Object.assign(control, { [key]: value });
				for (const type of ['input', 'change'])
					control.dispatchEvent(new Event(type, { bubbles: true }));
			});
	}
}
